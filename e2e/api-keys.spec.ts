import { adminClient, SANDBOX_PASSWORD } from '../tests/support/sandbox';
import { ApiKeysPage } from './pages/api-keys-page';
import { ConsoleShellPage } from './pages/console-shell';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

const run = Date.now().toString(36);
const KEY_NAME = `e2e_ccs_key_${run}`;

test.afterAll(async () => {
  // A run that failed half-way must not leave an active key on the remote (invalidating twice is harmless).
  const remote = adminClient('remote');
  await remote.security.invalidateApiKey({ name: KEY_NAME }).catch(() => undefined);
  await remote.close();
});

async function expectIconsLoaded(shell: ConsoleShellPage) {
  expect(await shell.brokenIcons()).toEqual([]);
  expect(await shell.emptyIcons()).toEqual([]);
}

test('signs in to the remote inline, creates a key, shows it once, edits its access and invalidates it', async ({
  page,
  consoleProblems,
}) => {
  test.setTimeout(120_000);
  const keys = new ApiKeysPage(page);
  const shell = new ConsoleShellPage(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn('elastic', SANDBOX_PASSWORD);
  await expect(page).toHaveURL(/\/remote-clusters$/);

  // The keys live on the remote: the session is not signed in there yet, so the page asks for it in place.
  await keys.open('remote');
  await expect(keys.clusterSelect()).toHaveValue('remote');
  await expect(keys.signInForm('remote')).toContainText(
    'Cross-cluster API keys are managed on the cluster that will be searched',
  );
  await keys.signInTo('remote', 'elastic', SANDBOX_PASSWORD);
  await expect(keys.signInForm('remote')).toHaveCount(0);
  await expect(keys.clusterSelect().locator('option[value="remote"]')).toContainText('signed in as elastic');

  // Nothing is sent while the form is invalid; the errors say which field.
  await keys.startCreate();
  await keys.submitFlyout();
  await expect(keys.formErrors()).toContainText('Name: is required');
  await expect(keys.formErrors()).toContainText(
    'Access row 1 (search), index patterns: must list at least one index pattern',
  );
  await expect(keys.formErrors()).toContainText('Password: enter your password');
  await expect(page.getByTestId('apiKeysCreateFlyout')).toBeVisible();

  await page.getByTestId('apiKeysNameInput').fill(KEY_NAME);
  await page.getByTestId('apiKeysExpirationInput').fill('1d');
  await keys.addToList('Names', 0, 'logs-*');
  await expect(keys.listValues('Names', 0)).toHaveText(['logs-*']);

  // Elasticsearch's rule, from the shared schema, on the row it is about: no document security with replication.
  await page.getByTestId('apiKeysAddReplicationRow').click();
  await keys.addToList('Names', 1, 'archive-*');
  await page.getByTestId('apiKeysAccessRowQuery-0').fill('{"term": {"team": "web"}}');
  await expect(page.getByTestId('apiKeysAccessRow-0')).toContainText(
    'search does not support document or field level security if replication is assigned',
  );
  await page.getByTestId('apiKeysAccessRowRemove-1').click();
  await page.getByTestId('apiKeysAccessRowQuery-0').fill('');

  // The expert JSON editor holds the same access, and reports problems by path.
  await page.getByTestId('apiKeysAccessJsonSwitch').click();
  const accessJson = page.getByTestId('apiKeysAccessJsonInput');
  await expect(accessJson).toHaveValue(/"logs-\*"/);
  await accessJson.fill('{"search": [{"names": []}]}');
  await expect(keys.formErrors()).toContainText('access.search.0.names: must list at least one index pattern');
  await page.getByTestId('apiKeysAccessJsonSwitch').click();
  await expect(page.getByTestId('apiKeysAccessJsonSwitchError')).toBeVisible();
  await accessJson.fill('{"search": [{"names": ["logs-*"]}]}');
  await page.getByTestId('apiKeysAccessJsonSwitch').click();
  await expect(keys.listValues('Names', 0)).toHaveText(['logs-*']);
  await page.getByTestId('apiKeysPasswordInput').fill(SANDBOX_PASSWORD);
  await expect(keys.formErrors()).toHaveCount(0);
  await page.getByTestId('apiKeysShowRequest').click();
  // Flyouts and modals carry icons the list does not: every one must be preloaded.
  await expectIconsLoaded(shell);
  const request = page.getByTestId('apiKeysRequest');
  await expect(request).toContainText('POST _security/cross_cluster/api_key');
  await expect(request).toContainText('"logs-*"');
  await expect(request).not.toContainText(SANDBOX_PASSWORD);
  await keys.submitFlyout();

  // The key, once, with the local side's keystore step under an alias derived from "Remote (sandbox)".
  const modal = keys.createdModal();
  await expect(modal).toBeVisible();
  const encoded = (await modal.getByTestId('apiKeysCreatedKey').innerText()).trim();
  expect(encoded.length).toBeGreaterThan(20);
  const keyId = (await modal.getByTestId('apiKeysCreatedId').innerText()).trim();
  expect(keyId).toMatch(/^[A-Za-z0-9_-]+$/);
  await expect(modal.getByTestId('apiKeysCreatedWarning')).toContainText('will not be shown again');
  await expect(modal.getByTestId('apiKeysKeystoreCommand')).toContainText(
    'bin/elasticsearch-keystore add cluster.remote.remote-sandbox.credentials',
  );
  await expect(modal.getByTestId('apiKeysKeystoreSteps')).toContainText('every node of the local cluster');
  await expect(modal.getByTestId('apiKeysReloadRequest')).toContainText('POST _nodes/reload_secure_settings');
  await expectIconsLoaded(shell);
  await modal.getByTestId('apiKeysAliasInput').fill('prod_logs');
  await expect(modal.getByTestId('apiKeysKeystoreCommand')).toContainText('cluster.remote.prod_logs.credentials');
  await modal.getByTestId('apiKeysCreatedClose').click();
  await expect(modal).toHaveCount(0);
  await expect(page.getByText(encoded)).toHaveCount(0);

  const row = keys.row(keyId);
  await expect(row).toContainText(KEY_NAME);
  await expect(row.getByTestId('apiKeysAccessSummary')).toHaveText('search: logs-*');
  await expect(row.getByTestId('apiKeysStatusActive')).toBeVisible();
  await expect(row.getByTestId('apiKeysCreator')).toHaveText(/^elastic@/);

  // Edit: the builder starts from the key's access; the new access replaces it.
  await keys.startEdit(keyId);
  await expect(keys.listValues('Names', 0)).toHaveText(['logs-*']);
  await keys.addToList('Names', 0, 'metrics-*');
  await page.getByTestId('apiKeysPasswordInput').fill(SANDBOX_PASSWORD);
  await page.getByTestId('apiKeysShowRequest').click();
  await expect(page.getByTestId('apiKeysRequest')).toContainText(`PUT _security/cross_cluster/api_key/${keyId}`);
  await keys.submitFlyout();
  await expect(page.getByTestId('apiKeysEditFlyout')).toHaveCount(0);
  await expect(row.getByTestId('apiKeysAccessSummary')).toHaveText('search: logs-*, metrics-*');

  // Invalidate from the row; the modal names the key, and the row stays, marked.
  await keys.invalidateFromRow(keyId);
  await expect(page.getByTestId('apiKeysInvalidateNames')).toContainText(KEY_NAME);
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(page.getByTestId('apiKeysOutcome')).toContainText(`Invalidated ${KEY_NAME}`);
  await expect(row.getByTestId('apiKeysStatusInvalidated')).toBeVisible();
  await expect(row.getByTestId('apiKeysEditAction')).toHaveCount(0);

  // The remote's sign-in is listed in the user menu and can be ended alone; the page then asks for it again.
  await page.getByTestId('consoleUserMenuButton').click();
  await expect(page.getByTestId('consoleOtherSessions')).toContainText('Remote (sandbox) as elastic');
  await page.getByTestId('consoleSignOutOf-remote').click();
  await expect(page.getByTestId('consoleOtherSessions')).toHaveCount(0);
  await expect(page.getByTestId('consoleUsername')).toHaveText('elastic');

  await expectIconsLoaded(shell);
  expect(consoleProblems.seen).toEqual([]);
});
