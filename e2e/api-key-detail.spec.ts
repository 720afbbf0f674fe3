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

test('asks which cluster holds the keys, then opens a key with its whole access', async ({ page }) => {
  test.setTimeout(120_000);
  const keys = new ApiKeysPage(page);
  await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
  test.skip(await localHoldsActiveCrossClusterKeys(), 'the local cluster holds cross-cluster keys: nothing to ask');

  await page.goto('/api-keys');
  await expect(page.getByTestId('apiKeysChooseCluster')).toContainText('Which cluster holds the keys?');
  await page.getByTestId('apiKeysChoose-remote').click();
  await expect(page).toHaveURL(/\/api-keys\?cluster=remote$/);
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

  // Signed in to the remote now: the page opens there by itself, its keys in the server's HTML.
  const html = await (await page.request.get('/api-keys')).text();
  expect(html).toContain(KEY_NAME);

  // The key's address opens its detail again after a reload.
  await page.reload();
  await expect(page.getByTestId('apiKeyDetailFlyout')).toContainText(KEY_NAME);
  await page.getByTestId('apiKeyDetailCloseButton').click();
  await expect(page).toHaveURL(/\/api-keys\?cluster=remote$/);
});
