import {
  addCredentialsWithoutReload,
  adminClient,
  removeRemoteCredentials,
  sandboxVersion,
} from '../tests/support/sandbox';
import { meets } from '../lib/version-rules';
import { ConsoleShellPage } from './pages/console-shell';
import { ConnectPage } from './pages/connect-page';
import { RemoteClustersPage } from './pages/remote-clusters-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// The whole API-key connection in the browser, as a person with two clusters and no documentation open does
// it. Only the keystore command is run outside the console: the sandbox helper stands in for that terminal.

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';
const run = Date.now().toString(36);
const ALIAS = `e2e_connect_${run}`;

test.afterAll(async () => {
  const local = adminClient('local');
  const keys = ['mode', 'seeds', 'skip_unavailable'].map((key) => [`cluster.remote.${ALIAS}.${key}`, null]);
  await local.cluster.putSettings({ persistent: Object.fromEntries(keys) }).catch(() => undefined);
  removeRemoteCredentials(ALIAS);
  const remote = adminClient('remote');
  const mine = (await remote.security.getApiKey({ name: `${ALIAS}-cross-cluster` }).catch(() => ({ api_keys: [] })))
    .api_keys;
  if (mine.length > 0) await remote.security.invalidateApiKey({ ids: mine.map((key) => key.id) });
});

test('connects the remote with the API-key model and sees a real cross-cluster search succeed', async ({
  page,
  consoleProblems,
}) => {
  test.setTimeout(150_000);
  const connect = new ConnectPage(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn('elastic', PASSWORD);
  await expect(page).toHaveURL(/\/remote-clusters$/);
  await page.getByTestId('remoteClustersConnectButton').click();
  await expect(connect.step('Remote')).toBeVisible();

  // a. The remote needs its own sign-in; a wrong password says so and keeps what was typed.
  consoleProblems.expect(/401/);
  await connect.signInToRemote('elastic', 'wrong-password');
  await expect(page.getByTestId('clusterSignIn-remoteError')).toHaveText('Wrong username or password.');
  await expect(page.getByTestId('clusterSignIn-remoteUsername')).toHaveValue('elastic');
  await connect.signInToRemote('elastic', PASSWORD);
  await expect(page.getByTestId('clusterSignIn-remote')).toHaveCount(0);
  // Says who it is signed in as there, and reads the readiness again by itself.
  await expect(page.getByTestId('connectRemoteSignedIn')).toContainText('as elastic');
  await connect.chooseAlias(ALIAS);
  for (const id of [
    'local_licence',
    'remote_licence',
    'local_version',
    'remote_version',
    'remote_server',
    'local_client_tls',
    'local_trust',
  ]) {
    await expect(connect.readiness(id)).toHaveAttribute('data-state', 'pass');
  }
  await page.getByTestId('connectRemoteNext').click();

  // b. The key, created on the remote as its administrator; shown once.
  await expect(connect.step('Key')).toBeVisible();
  await page.getByTestId('connectKeyCreateButton').click();
  // Shown where it was made, then on to the keystore; Back returns to it while this visit lasts.
  const created = (await page.getByTestId('connectKeyCreated').innerText()).trim();
  expect(created.length).toBeGreaterThan(40);
  await page.getByTestId('connectKeyContinue').click();
  await expect(connect.step('Keystore')).toBeVisible();
  await page.getByTestId('connectBack').click();
  await expect(page.getByTestId('connectKeyCreated')).toContainText(created);
  await page.getByTestId('connectKeyContinue').click();
  await expect(connect.step('Keystore')).toBeVisible();
  const encoded = (await connect.encodedKey().innerText()).trim();
  expect(encoded).toBe(created);

  // c. The administrator's keystore command on every node, then the console's reload, per node.
  await expect(page.getByTestId('connectKeystoreCommand').first()).toContainText(
    `bin/elasticsearch-keystore add cluster.remote.${ALIAS}.credentials`,
  );
  addCredentialsWithoutReload(ALIAS, encoded);
  await page.getByTestId('connectReloadButton').click();
  await expect(page.getByTestId('connectReloadResult')).toContainText('local-0');
  await expect(page.getByTestId('connectReloadMissing')).toHaveCount(0);
  // Before 9.3 Elasticsearch does not name the keystore's settings: the step says which rule applies.
  const namesReported = meets(await sandboxVersion('local'), 'reload_setting_names');
  await expect(page.getByTestId('connectReloadLimit-reload_setting_names')).toHaveCount(namesReported ? 0 : 1);
  if (!namesReported) await expect(page.getByTestId('connectReloadResult')).toContainText('not reported before 9.3');

  // A reload of the page loses nothing done on the clusters: the flow resumes, and the key is no longer shown.
  await page.reload();
  await expect(connect.step('Register')).toBeVisible();

  // d. Register on the remote cluster server's address, which the console read from the remote.
  await expect(page.getByTestId('connectRegisterAddress')).toHaveValue(/:\d+$/);
  await page.getByTestId('connectRegisterSkipUnavailable').click();
  await page.getByTestId('connectRegisterButton').click();

  // e. Verify: connected, API-key model, resolvable, and a test search that finds the remote's documents.
  await expect(connect.step('Verify')).toBeVisible();
  await expect(page.getByTestId('connectVerifyIndex')).toHaveValue('logs-*');
  // The check starts by itself; Elasticsearch connects in the background, so it may need asking again.
  await expect(page.getByTestId('connectVerifyStatus')).toBeVisible({ timeout: 20_000 });
  await expect(async () => {
    if ((await page.getByTestId('connectVerifyStatus').getAttribute('data-status')) !== 'ok')
      await page.getByTestId('connectVerifyButton').click();
    await expect(page.getByTestId('connectVerifyStatus')).toHaveAttribute('data-status', 'ok', { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(connect.finding('security_model')).toHaveAttribute('data-severity', 'ok');
  await expect(connect.finding('test_search')).toContainText('found 10 documents');
  await expect(page.getByTestId('connectChanges')).toContainText(`Registered remote "${ALIAS}"`);
  await expect(page.getByTestId('connectChanges')).toContainText('Created cross-cluster API key');

  const shell = new ConsoleShellPage(page);
  expect(await shell.brokenIcons()).toEqual([]);
  expect(await shell.emptyIcons()).toEqual([]);

  await page.getByTestId('connectFinish').click();
  // The list, at its top, with a toast and the new remote's details open.
  await expect(page).toHaveURL(new RegExp(`/remote-clusters\\?open=${ALIAS}$`));
  await expect(page.getByTestId('connectFinishedToast')).toContainText(`Connected ${ALIAS}`);
  await expect(page.getByTestId('remoteClusterFlyoutTitle')).toHaveText(ALIAS);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await new RemoteClustersPage(page).closeFlyout();
  await expect(new RemoteClustersPage(page).row(ALIAS)).toBeVisible();
});
