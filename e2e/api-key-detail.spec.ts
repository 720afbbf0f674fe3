import { adminClient, SANDBOX_PASSWORD } from '../tests/support/sandbox';
import { ApiKeysPage } from './pages/api-keys-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// The API keys page opens where the keys are: signed in only to the local cluster (which holds none) it asks which
// cluster; once signed in to the remote, it opens there with the keys in the server's HTML. A key's name opens
// everything it allows, the document query included, at an address that survives a reload.

const run = Date.now().toString(36);
const KEY_NAME = `e2e-detail-${run}`;
const QUERY = { bool: { filter: [{ term: { 'service.name': 'web' } }] } };
let keyId = '';

test.beforeAll(async () => {
  const key = await adminClient('remote').security.createCrossClusterApiKey({
    name: KEY_NAME,
    access: {
      // Elasticsearch refuses document and field security on a key that also replicates.
      search: [
        { names: ['logs-*'], query: QUERY, field_security: { grant: ['@timestamp', 'message'] } },
        { names: ['metrics-*'] },
      ],
    },
    metadata: { alias: `e2e_detail_${run}` },
  });
  keyId = key.id;
});

test.afterAll(async () => {
  await adminClient('remote')
    .security.invalidateApiKey({ ids: [keyId] })
    .catch(() => undefined);
});

async function localHoldsActiveCrossClusterKeys(): Promise<boolean> {
  const { api_keys: keys } = await adminClient('local').security.getApiKey({ active_only: true });
  return keys.some((key) => key.type === 'cross_cluster');
}

test('asks which cluster holds the keys, then opens a key with its whole access', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const keys = new ApiKeysPage(page);
  await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);

  await page.goto('/api-keys');
  const localHasKeys = await localHoldsActiveCrossClusterKeys();
  if (localHasKeys) {
    // The home cluster has keys of its own: the page opens there instead of asking.
    await expect(keys.clusterSelect()).toHaveValue('local');
    await keys.open('remote');
  } else {
    await expect(page.getByTestId('apiKeysChooseCluster')).toContainText('Which cluster holds the keys?');
    await page.getByTestId('apiKeysChoose-remote').click();
    await expect(page).toHaveURL(/\/api-keys\?cluster=remote$/);
  }
  await keys.signInTo('remote', 'elastic', SANDBOX_PASSWORD);
  await expect(page.locator('[data-test-subj="apiKeysTable"][data-interactive="true"]')).toHaveCount(1);

  await page.getByTestId('apiKeysSearch').fill(KEY_NAME);
  await page.getByTestId('apiKeysSearch').press('Enter');
  await keys.row(keyId).getByTestId('apiKeysName').click();
  const detail = page.getByTestId('apiKeyDetailFlyout');
  await expect(detail).toContainText(KEY_NAME);
  await expect(page).toHaveURL(new RegExp(`/api-keys\\?cluster=remote&key=${keyId}$`));
  const search = detail.getByTestId('apiKeyDetailSearch-0');
  await expect(search).toContainText('logs-*');
  await expect(search).toContainText('@timestamp, message');
  expect(JSON.parse((await search.locator('pre').textContent()) ?? '')).toEqual(QUERY);
  await expect(detail.getByTestId('apiKeyDetailSearch-1')).toContainText('none: every document of these indices');
  await expect(detail).toContainText('This key allows no cross-cluster replication.');
  await expect(detail).toContainText(`"alias": "e2e_detail_${run}"`);

  // The key's address opens its detail again after a reload.
  await page.reload();
  await expect(page.getByTestId('apiKeyDetailFlyout')).toContainText(KEY_NAME);
  await page.getByTestId('apiKeyDetailCloseButton').click();
  await expect(page).toHaveURL(/\/api-keys\?cluster=remote$/);

  // Signed in to the remote now: the page opens there by itself, its rows in the server's HTML (no script runs).
  const withoutScripts = await browser.newContext({
    storageState: await page.context().storageState(),
    javaScriptEnabled: false,
  });
  try {
    const html = await withoutScripts.newPage();
    // Without a choice the page opens on the first signed-in cluster with keys: the home one when it has some.
    await html.goto(localHasKeys ? '/api-keys?cluster=remote' : '/api-keys');
    await expect(html.locator(`[data-test-subj="apiKeysRow-${keyId}"]`)).toContainText(KEY_NAME);
  } finally {
    await withoutScripts.close();
  }
});
