import {
  installRemoteCredentials,
  LEGACY_ALIAS,
  NODE_DEFINED_REMOTE,
  REMOTE_SERVER_PORT,
  removeRemoteCredentials,
} from '../tests/support/sandbox';
import { ConsoleShellPage } from './pages/console-shell';
import { RemoteClustersPage } from './pages/remote-clusters-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';
const run = Date.now().toString(36);
const ADDED = `e2e_added_${run}`;
const BULK = [`e2e_bulk_a_${run}`, `e2e_bulk_b_${run}`];
const serverAddress = `127.0.0.1:${REMOTE_SERVER_PORT}`;

test.beforeAll(async () => {
  await installRemoteCredentials(ADDED);
});

test.afterAll(async () => {
  removeRemoteCredentials(ADDED);
});

test('adds a remote through the wizard, sees it connected, edits it, and bulk-removes two', async ({
  page,
  consoleProblems,
}) => {
  test.setTimeout(120_000);
  const remotes = new RemoteClustersPage(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn('elastic', PASSWORD);
  await expect(page).toHaveURL(/\/remote-clusters$/);
  await expect(page.getByTestId('remoteClustersHeader')).toBeVisible();

  // The elasticsearch.yml remote is listed, marked, and cannot be selected, edited or removed.
  const nodeRow = remotes.row(NODE_DEFINED_REMOTE);
  await expect(nodeRow.getByTestId('remoteClusterNodeDefinedBadge')).toBeVisible();
  await expect(nodeRow.getByTestId('remoteClusterSecurityCertificate')).toBeVisible();
  await expect(page.getByTestId(`checkboxSelectRow-${NODE_DEFINED_REMOTE}`)).toBeDisabled();
  await expect(nodeRow.getByTestId('remoteClusterEditAction')).toHaveCount(0);

  // Step 1: the security model changes the guidance.
  await remotes.startAdd();
  await page.getByTestId('securityModelCertificate').click();
  await expect(page.getByTestId('securityModelCertificateGuidance')).toBeVisible();
  await page.getByTestId('securityModelApiKey').click();
  await expect(page.getByTestId('securityModelKeystoreCommand')).toContainText('bin/elasticsearch-keystore add');
  await remotes.wizardNext();

  // Step 2: each field says its rule once the person leaves it, before any Next; Next lists them all; nothing typed
  // is lost while fixing them.
  await page.getByTestId('remoteClusterFormName').fill('bad name');
  await expect(remotes.fieldError('remoteClusterFormName')).toHaveCount(0);
  await page.getByTestId('remoteClusterFormName').blur();
  await expect(remotes.fieldError('remoteClusterFormName')).toHaveText('must not contain spaces');
  await page.getByTestId('remoteClusterFormName').fill('bad#name');
  await expect(remotes.fieldError('remoteClusterFormName')).toContainText('must not contain #');
  await remotes.typeSeed('127.0.0.1');
  await expect(remotes.fieldError('remoteClusterFormSeeds')).toContainText('needs a port, as in 127.0.0.1:9443');
  await expect(remotes.formErrors()).toHaveCount(0);
  await remotes.wizardNext();
  await expect(remotes.formErrors()).toContainText('Name: must not contain #');
  await expect(remotes.formErrors()).toContainText('needs a port');
  // A name the cluster already has is refused at the field, not by the save.
  await page.getByTestId('remoteClusterFormName').fill(LEGACY_ALIAS);
  await expect(remotes.fieldError('remoteClusterFormName')).toContainText('is already a remote cluster');
  await page.getByTestId('remoteClusterFormName').fill(ADDED);
  await remotes.removeSeeds();
  await remotes.typeSeed(serverAddress);
  await expect(remotes.formErrors()).toHaveCount(0);
  await remotes.wizardNext();

  // Step 3: the exact request, then save.
  await page.getByTestId('remoteClusterShowRequest').click();
  await expect(page.getByTestId('remoteClusterRequest')).toContainText(`"cluster.remote.${ADDED}.seeds"`);
  await expect(page.getByTestId('remoteClusterRequest')).toContainText('PUT _cluster/settings');
  await page.getByTestId('remoteClusterWizardSave').click();
  // Back on the list with a toast and the new remote's details open (Kibana does the same).
  await expect(page).toHaveURL(new RegExp(`/remote-clusters\\?open=${ADDED}$`));
  await expect(page.getByTestId('remoteClusterAddedToast')).toContainText(`Added remote cluster ${ADDED}`);
  await expect(page.getByTestId('remoteClusterFlyoutTitle')).toHaveText(ADDED);
  await remotes.closeFlyout();
  await expect(page).toHaveURL(/\/remote-clusters$/);
  await remotes.waitForStatus(ADDED, 'Connected');
  await expect(remotes.row(ADDED).getByTestId('remoteClusterSecurityApiKey')).toBeVisible();
  await expect(remotes.row(ADDED).getByTestId('remoteClusterConnections')).toHaveText(/^1 of 3$/);

  // The flyout shows every field of the mode; Edit leads to the same form with the name locked.
  await remotes.openFlyout(ADDED);
  await expect(remotes.flyoutDetails()).toContainText(serverAddress);
  await expect(remotes.flyoutDetails()).toContainText('Persistent cluster settings');
  // The diagnosis in the flyout: connected with the API-key model and resolvable.
  await page.getByTestId('remoteClusterDiagnoseButton').click();
  await expect(page.getByTestId('connectFinding-security_model')).toHaveAttribute('data-severity', 'ok');
  await expect(page.getByTestId('connectFinding-resolve')).toHaveAttribute('data-severity', 'ok');
  await page.getByTestId('remoteClusterFlyoutEdit').click();
  await expect(page.getByTestId('editRemoteClusterHeader')).toBeVisible();
  await expect(page.getByTestId('remoteClusterFormName')).toBeDisabled();
  await page.getByTestId('remoteClusterFormModeProxy').click();
  await page.getByTestId('remoteClusterFormProxyAddress').fill(serverAddress);
  await page.getByTestId('remoteClusterFormServerName').fill('localhost');
  await page.getByTestId('remoteClusterFormSkipUnavailable').click();
  await remotes.wizardNext();
  // Switching to proxy removes the sniff keys in the same request.
  await page.getByTestId('remoteClusterShowRequest').click();
  await expect(page.getByTestId('remoteClusterRequest')).toContainText(`"cluster.remote.${ADDED}.seeds": null`);
  await page.getByTestId('remoteClusterWizardSave').click();
  await expect(page).toHaveURL(new RegExp(`/remote-clusters\\?open=${ADDED}$`));
  await expect(page.getByTestId('remoteClusterSavedToast')).toContainText(`Saved remote cluster ${ADDED}`);
  await remotes.closeFlyout();
  await expect(remotes.row(ADDED).getByTestId('remoteClusterMode')).toHaveText('proxy');
  await expect(remotes.row(ADDED).getByTestId('remoteClusterSkipUnavailable')).toHaveText('No');
  await remotes.waitForStatus(ADDED, 'Connected');

  // A second edit in the same visit opens what the first saved (not the copy read before it), and saves without
  // the 409 a stale settings version would get.
  await remotes.openFlyout(ADDED);
  await page.getByTestId('remoteClusterFlyoutEdit').click();
  await expect(page.getByTestId('editRemoteClusterHeader')).toBeVisible();
  await expect(page.getByTestId('remoteClusterFormProxyAddress')).toHaveValue(serverAddress);
  await expect(page.getByTestId('remoteClusterFormServerName')).toHaveValue('localhost');
  await expect(page.getByTestId('remoteClusterFormSkipUnavailable')).not.toBeChecked();
  await page.getByTestId('remoteClusterFormSkipUnavailable').click();
  await remotes.wizardNext();
  await page.getByTestId('remoteClusterWizardSave').click();
  await expect(page).toHaveURL(new RegExp(`/remote-clusters\\?open=${ADDED}$`));
  await remotes.closeFlyout();
  await expect(remotes.row(ADDED).getByTestId('remoteClusterSkipUnavailable')).toHaveText('Yes');

  // Filters beside the search, kept in the URL across a reload: the added remote is a proxy with an API key.
  await page.getByTestId('remoteClustersFilterProxy').click();
  await expect(page).toHaveURL(/[?&]mode=proxy/);
  await expect(remotes.row(ADDED)).toBeVisible();
  await expect(remotes.row(LEGACY_ALIAS)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('remoteClustersFilterProxy')).toHaveAttribute('aria-pressed', 'true');
  await expect(remotes.row(ADDED)).toBeVisible();
  await expect(remotes.row(LEGACY_ALIAS)).toHaveCount(0);
  await page.getByTestId('remoteClustersFilterCertificate').click();
  await expect(remotes.row(ADDED)).toHaveCount(0);
  await page.getByTestId('remoteClustersFilterApiKey').click();
  await expect(page).toHaveURL(/[?&]security=api_key/);
  await expect(remotes.row(ADDED)).toBeVisible();
  await page.getByTestId('remoteClustersFilterProxy').click();
  await page.getByTestId('remoteClustersFilterApiKey').click();
  await expect(page).toHaveURL(/\/remote-clusters$/);
  await expect(remotes.row(LEGACY_ALIAS)).toBeVisible();

  // Two more remotes (made through the API with the session), then removed together from the list.
  for (const name of BULK) {
    const response = await page.request.post('/api/remote_clusters', {
      headers: { 'kbn-xsrf': 'e2e' },
      data: { name, mode: 'sniff', seeds: ['127.0.0.1:1'] },
    });
    expect(response.status()).toBe(200);
  }
  await page.getByTestId('remoteClustersRefresh').click();
  await expect(remotes.row(BULK[1]!)).toBeVisible();
  await remotes.selectRows(BULK);
  await page.getByTestId('remoteClustersBulkDelete').click();
  await expect(page.getByTestId('deleteRemoteClustersNames')).toHaveText(new RegExp(`${BULK[0]}\\s*${BULK[1]}`));
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(page.getByTestId('remoteClustersDeletedToast')).toContainText(
    `Removed remote clusters ${BULK[0]} and ${BULK[1]}`,
  );
  await expect(page.getByTestId('remoteClustersDeleteOutcome')).toHaveCount(0);
  for (const name of BULK) await expect(remotes.row(name)).toHaveCount(0);

  // The added one goes from its flyout.
  await remotes.openFlyout(ADDED);
  await page.getByTestId('remoteClusterFlyoutDelete').click();
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(remotes.row(ADDED)).toHaveCount(0);

  const shell = new ConsoleShellPage(page);
  expect(await shell.brokenIcons()).toEqual([]);
  expect(await shell.emptyIcons()).toEqual([]);
  expect(consoleProblems.seen).toEqual([]);
});
