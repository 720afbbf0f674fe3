import { readFileSync } from 'node:fs';
import {
  LEGACY_ALIAS,
  LEGACY_CLUSTER_ID,
  LEGACY_DOCUMENTS,
  LEGACY_INDEX,
  LEGACY_ROLE,
  NODE_DEFINED_REMOTE,
  SANDBOX_PASSWORD,
  addCredentialsWithoutReload,
  adminClient,
  ensureLegacyConnection,
  legacyEnabled,
  removeRemoteCredentials,
} from '../tests/support/sandbox';
import { ConsoleShellPage } from './pages/console-shell';
import { MigrationPage } from './pages/migration-page';
import { RemoteClustersPage } from './pages/remote-clusters-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// The in-place migration of the sandbox's certificate-model remote "legacy" in the browser, then its rollback,
// as an administrator does it. Only the keystore commands run outside the console: the sandbox helpers stand in
// for that terminal. The integration test does the same through the REST API; both leave the sandbox as found.

const run = Date.now().toString(36);
const KEY_NAME = `e2e-migration-${run}`;
const MIGRATION = `/api/clusters/local/remote_clusters/${LEGACY_ALIAS}/migration`;
const UNAVAILABLE = ['transform', 'datafeed', 'auto_follow_pattern', 'follower_index'];

test.skip(
  !legacyEnabled(),
  'the sandbox runs without the legacy cluster: start it with npm run sandbox -- up --with-legacy',
);

test.afterAll(async ({ playwright }, testInfo) => {
  if (!legacyEnabled()) return;
  const api = await playwright.request.newContext({
    baseURL: testInfo.project.use.baseURL,
    extraHTTPHeaders: {
      authorization: `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}`,
      'kbn-xsrf': 'e2e',
    },
  });
  // A test that stopped half-way leaves a migration in progress: roll it back so legacy is as it was.
  const overview = (await (await api.get(MIGRATION)).json()) as { state: { status: string } | null };
  if (overview.state?.status === 'in_progress') {
    await api.post(`${MIGRATION}/rollback`);
    try {
      removeRemoteCredentials(LEGACY_ALIAS);
    } catch {
      // The key never reached the keystore.
    }
    ensureLegacyConnection();
  }
  await api.delete(MIGRATION);
  await api.dispose();
  const legacy = adminClient(LEGACY_CLUSTER_ID);
  const keys = (await legacy.security.getApiKey({ name: KEY_NAME }).catch(() => ({ api_keys: [] }))).api_keys;
  if (keys.length > 0) await legacy.security.invalidateApiKey({ ids: keys.map((key) => key.id) });
});

test('migrates the legacy remote to the API-key model in place, then rolls it back', async ({ page }) => {
  test.setTimeout(300_000);
  const migration = new MigrationPage(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn('elastic', SANDBOX_PASSWORD);
  await expect(page).toHaveURL(/\/remote-clusters$/);
  // The list of certificate-model remotes: legacy can be migrated, the elasticsearch.yml one only by hand.
  await page.getByTestId('remoteClustersMigrateLink').click();
  await expect(page.getByTestId(`migrationListMigrate-${LEGACY_ALIAS}`)).toBeVisible();
  await expect(page.getByTestId(`migrationListRow-${NODE_DEFINED_REMOTE}`)).toContainText('elasticsearch.yml');
  // Resuming by alias checks the name with the remote name rule before it navigates.
  await page.getByTestId('migrationResumeAlias').fill('not an alias');
  await page.getByTestId('migrationResumeOpen').click();
  await expect(page.getByText('must not contain spaces')).toBeVisible();
  await page.getByTestId('migrationResumeAlias').fill(LEGACY_ALIAS);
  await expect(page.getByText('must not contain spaces')).toHaveCount(0);
  const remotes = new RemoteClustersPage(page);
  await remotes.open();
  await remotes.openFlyout(LEGACY_ALIAS);
  await page.getByTestId('remoteClusterFlyoutMigrate').click();
  await expect(page).toHaveURL(new RegExp(`/remote-clusters/migrate/${LEGACY_ALIAS}$`));

  // a. Take stock: the remote cluster is chosen and signed in to inline; the features the distribution lacks are
  // said, not failed on; the role of the same name on legacy gives the suggested remote_indices.
  await expect(migration.step('snapshot')).toHaveAttribute('data-open', 'true');
  await expect(migration.step('snapshot')).toHaveAttribute('data-status', 'todo');
  await expect(page.getByTestId('migrationSuggestionsUnavailable')).toBeVisible();
  await migration.chooseRemoteCluster(LEGACY_CLUSTER_ID);
  await migration.signInToRemote(LEGACY_CLUSTER_ID, 'elastic', SANDBOX_PASSWORD);
  await expect(page.getByTestId('migrationRemoteSignedIn')).toBeVisible();
  for (const kind of UNAVAILABLE)
    await expect(page.getByTestId(`migrationUnavailable-${kind}`)).toContainText('not available');
  // Said in one place and in plain words, not as Elasticsearch's "no handler found for uri [...]".
  await expect(page.getByTestId('migrationUnavailable')).toHaveCount(1);
  await expect(page.getByTestId('migrationUnavailable')).not.toContainText('no handler found');
  // One numbering: EuiStep's numbers, no letters in the titles.
  await expect(migration.step('pause_tasks')).toContainText('Pause the tasks that use the alias');
  await expect(migration.step('pause_tasks')).not.toContainText('c1.');
  await expect(migration.roleJson(LEGACY_ROLE)).toHaveValue(/"legacy-\*"/);
  const suggested = await migration.roleJson(LEGACY_ROLE).inputValue();
  await migration.roleJson(LEGACY_ROLE).fill('[{"clusters": ["legacy"], "privileges": ["read"]}]');
  await expect(page.getByTestId(`migrationRole-${LEGACY_ROLE}`).locator('.euiFormErrorText')).toContainText('names');
  await migration.roleJson(LEGACY_ROLE).fill(suggested);

  // b. The snapshot: shown, downloadable, kept on the local cluster.
  await expect(migration.plan('snapshot')).toContainText('GET /_cluster/settings');
  await migration.run('snapshot');
  await expect(migration.step('snapshot')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('migrationSnapshotSettings')).toContainText('seeds');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('migrationDownloadSnapshot').click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    alias: string;
    persistent: Record<string, unknown>;
  };
  expect(saved.alias).toBe(LEGACY_ALIAS);
  expect(Object.keys(saved.persistent)).toContain('seeds');

  // c. Each step shows its exact requests, then runs.
  await expect(migration.plan('pause_tasks')).toHaveAttribute('data-count', '0');
  await migration.run('pause_tasks');
  await expect(migration.plan('update_roles')).toContainText(`PUT /_security/role/${LEGACY_ROLE}`);
  await migration.run('update_roles');
  await expect(migration.plan('remove_remote')).toContainText('PUT /_cluster/settings');
  // Taking the definition away asks first; cancelling sends nothing.
  await page.getByTestId('migrationRun-remove_remote').click();
  await expect(page.getByTestId('migrationConfirm-remove_remote')).toContainText('Searches and replication');
  await page.getByTestId('confirmModalCancelButton').click();
  await expect(migration.step('remove_remote')).toHaveAttribute('data-status', 'todo');
  await migration.run('remove_remote', { confirm: true });

  // A reload loses nothing: the assistant opens at the first step not done, with the same remote cluster.
  await page.reload();
  await expect(page.getByTestId('migrationAssistant')).toHaveAttribute('data-next', 'credentials');
  await expect(migration.step('credentials')).toHaveAttribute('data-open', 'true');
  await expect(migration.step('remove_remote')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('migrationRemoteCluster')).toHaveValue(LEGACY_CLUSTER_ID);

  // The key on legacy (the password is asked again after the reload), shown once; the keystore command per node.
  // The TLS trust and the remote cluster server are checked on both clusters before the keystore step.
  await expect(page.getByTestId('migrationTrustCheck').getByTestId('connectReadiness-local_trust')).toHaveAttribute(
    'data-state',
    'pass',
  );
  await expect(page.getByTestId('migrationTrustCheck').getByTestId('connectReadiness-remote_server')).toHaveAttribute(
    'data-state',
    'pass',
  );
  await expect(page.getByTestId('migrationKeystoreCommand-local-0')).toContainText(
    `bin/elasticsearch-keystore add cluster.remote.${LEGACY_ALIAS}.credentials`,
  );
  const keyForm = page.getByTestId('migrationKeyCreate');
  await expect(keyForm.getByTestId('apiKeysAccessRowNames-0')).toContainText('legacy-*');
  await keyForm.getByTestId('apiKeysNameInput').fill(KEY_NAME);
  await keyForm.getByTestId('apiKeysPasswordInput').fill(SANDBOX_PASSWORD);
  await page.getByTestId('migrationKeyCreateButton').click();
  const encoded = (await page.getByTestId('migrationEncodedKey').innerText()).trim();
  expect(encoded.length).toBeGreaterThan(40);
  addCredentialsWithoutReload(LEGACY_ALIAS, encoded);
  await migration.run('credentials');

  await expect(page.getByTestId('migrationAddress')).toHaveValue(/:\d+$/);
  await expect(migration.plan('add_remote')).toContainText('PUT /_cluster/settings');
  await migration.run('add_remote');
  await expect(page.getByTestId('migrationTestIndex')).toHaveValue('legacy-*');
  await page.getByTestId('migrationTestIndex').fill(LEGACY_INDEX);
  await expect(migration.plan('verify')).toContainText(`GET /${LEGACY_ALIAS}:${LEGACY_INDEX}/_search`);
  await migration.runUntilOk('verify');
  await expect(migration.finding('verify', 'security_model')).toHaveAttribute('data-severity', 'ok');
  await expect(migration.finding('verify', 'test_search')).toContainText(`found ${LEGACY_DOCUMENTS} documents`);

  // d. Resume: the migration is completed.
  await migration.run('resume_tasks');
  await expect(page.getByTestId('migrationCompleted')).toBeVisible();
  const shell = new ConsoleShellPage(page);
  expect(await shell.brokenIcons()).toEqual([]);
  expect(await shell.emptyIcons()).toEqual([]);

  // e. Roll back: the confirmation shows the requests; then the key leaves the keystore and the certificate model is
  // back.
  await page.getByTestId('migrationRollback').click();
  await expect(page.getByTestId('migrationRollbackModal').getByTestId('migrationPlan-rollback')).toContainText(
    `PUT /_security/role/${LEGACY_ROLE}`,
  );
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(migration.result('rollback')).toHaveAttribute('data-ok', 'true', { timeout: 20_000 });
  await expect(page.getByTestId('migrationRolledBack')).toBeVisible();
  await expect(page.getByTestId('migrationKeystoreRemoval-local-0')).toContainText(
    `bin/elasticsearch-keystore remove cluster.remote.${LEGACY_ALIAS}.credentials`,
  );
  removeRemoteCredentials(LEGACY_ALIAS);
  // The reverted changes say so, and the rollback waits for its check.
  await expect(migration.step('remove_remote')).toHaveAttribute('data-status', 'undone');
  await expect(page.getByTestId('migrationStepBadge-remove_remote')).toHaveText('Undone by the rollback');
  await expect(migration.step('snapshot')).toHaveAttribute('data-status', 'done');
  await expect(migration.step('rollback')).toHaveAttribute('data-status', 'verify');
  await migration.runUntilOk('rollback_verify');
  await expect(migration.result('rollback_verify')).toContainText('certificate model');
  await expect(migration.step('rollback')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('migrationRolledBack')).toContainText('rolled back and checked');
  await expect(page.getByTestId('migrationRolledBack')).not.toContainText('Take the key out');

  // The key made for the migration still works on legacy: the page offers to invalidate it.
  await expect(page.getByTestId('migrationKeyCleanup')).toContainText(KEY_NAME);
  await page.getByTestId('migrationKeyCleanupInvalidate').click();
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(page.getByTestId('migrationKeyCleanupToast')).toBeVisible();
  await expect(page.getByTestId('migrationKeyCleanupNone')).toBeVisible();
  const left = await adminClient(LEGACY_CLUSTER_ID).security.getApiKey({ name: KEY_NAME });
  expect(left.api_keys.every((key) => key.invalidated)).toBe(true);

  // Forgotten after a confirmation, the alias is a certificate-model remote again, ready for a new migration.
  await page.getByTestId('migrationForget').click();
  await expect(page.getByTestId('migrationForgetModal')).toBeVisible();
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(migration.step('snapshot')).toHaveAttribute('data-status', 'todo');
});
