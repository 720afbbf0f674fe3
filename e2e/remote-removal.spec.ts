import {
  REMOTE_SERVER_PORT,
  SANDBOX_PASSWORD,
  addCredentials,
  adminClient,
  removeRemoteCredentials,
} from '../tests/support/sandbox';
import { ApiKeysPage } from './pages/api-keys-page';
import { RemoteClustersPage } from './pages/remote-clusters-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// Removing an API-key remote leaves its key valid on the remote and its encoded value in the local keystore. The
// list then says so: it finds the key the console made for the alias (metadata alias) on the signed-in remote and
// invalidates it after confirmation, and shows the keystore removal for where the local cluster runs.

const run = Date.now().toString(36);
const ALIAS = `e2e_removal_${run}`;
const remote = adminClient('remote');
const local = adminClient('local');
let keyId = '';
let otherLocalKeyId = '';

test.beforeAll(async () => {
  // As the connect wizard makes it: a cross-cluster key whose metadata names the alias.
  const key = await remote.security.createCrossClusterApiKey({
    name: `e2e-removal-${run}`,
    access: { search: [{ names: ['logs-*'] }] },
    metadata: { alias: ALIAS, localCluster: 'local' },
  });
  keyId = key.id;
  // The same alias used by another local cluster: its key is not this removal's to offer.
  const other = await remote.security.createCrossClusterApiKey({
    name: `e2e-removal-other-${run}`,
    access: { search: [{ names: ['logs-*'] }] },
    metadata: { alias: ALIAS, localCluster: 'elsewhere' },
  });
  otherLocalKeyId = other.id;
  addCredentials(ALIAS, key.encoded);
  await local.cluster.putSettings({
    persistent: { [`cluster.remote.${ALIAS}.seeds`]: [`127.0.0.1:${REMOTE_SERVER_PORT}`] },
  });
});

test.afterAll(async () => {
  await local.cluster.putSettings({ persistent: { [`cluster.remote.${ALIAS}.seeds`]: null } }).catch(() => undefined);
  removeRemoteCredentials(ALIAS);
  await remote.security.invalidateApiKey({ ids: [keyId, otherLocalKeyId] }).catch(() => undefined);
});

async function keyIsActive(id = keyId): Promise<boolean> {
  const { api_keys: keys } = await remote.security.getApiKey({ id });
  return keys[0]?.invalidated === false;
}

test('after removing an API-key remote, offers to invalidate its key and shows the keystore removal', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const remotes = new RemoteClustersPage(page);
  await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
  // Signed in to the remote too, where the key lives.
  const keys = new ApiKeysPage(page);
  await keys.open('remote');
  await keys.signInTo('remote', 'elastic', SANDBOX_PASSWORD);
  await expect(keys.signInForm('remote')).toHaveCount(0);

  await remotes.open();
  await remotes.refreshUntilShown(ALIAS);
  await expect(remotes.row(ALIAS)).toContainText('API key');
  await remotes.row(ALIAS).getByTestId('remoteClusterDeleteAction').click();
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(page.getByTestId('remoteClustersDeletedToast')).toContainText(ALIAS);

  const followUp = page.getByTestId('removalFollowUp');
  await expect(followUp).toContainText(`Finish removing "${ALIAS}"`);
  const steps = followUp.getByTestId('removalKeystoreSteps');
  await expect(steps).toContainText(`bin/elasticsearch-keystore remove cluster.remote.${ALIAS}.credentials`);
  await expect(steps).toContainText('POST _nodes/reload_secure_settings');
  await followUp.getByTestId('removalKeystoreWhere').selectOption('eck');
  await expect(steps).toContainText(`"path":"/data/cluster.remote.${ALIAS}.credentials"`);

  await expect(followUp.getByTestId('removalKeyCleanup')).toContainText(`e2e-removal-${run}`);
  await expect(followUp.getByTestId('removalKeyCleanup')).not.toContainText(`e2e-removal-other-${run}`);
  // At a phone's width the steps and their commands stay inside the page (the commands scroll on their own).
  await page.setViewportSize({ width: 390, height: 844 });
  // EUI's tables switch to their phone layout on a resize observer, a render after the viewport changes.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5_000 })
    .toBeLessThanOrEqual(390);
  const sticksOut = await followUp.evaluate((panel) => {
    const right = panel.getBoundingClientRect().right;
    return Array.from(panel.querySelectorAll<HTMLElement>('*'))
      .filter((element) => element.getBoundingClientRect().right > right + 1)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className.toString().split(' ')[0]}`);
  });
  expect(sticksOut, 'elements wider than the follow-up panel').toEqual([]);
  await page.setViewportSize({ width: 1440, height: 900 });
  expect(await keyIsActive()).toBe(true);
  await followUp.getByTestId('removalKeyCleanupInvalidate').click();
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(page.getByTestId('removalKeyCleanupToast')).toBeVisible();
  await expect(followUp.getByTestId('removalKeyCleanupNone')).toBeVisible();
  expect(await keyIsActive()).toBe(false);
  expect(await keyIsActive(otherLocalKeyId)).toBe(true);

  await followUp.getByTestId('removalFollowUpDone').click();
  await expect(followUp).toHaveCount(0);
});
