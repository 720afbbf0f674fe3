import { adminClient, LEGACY_ALIAS, REMOTE_SERVER_PORT } from '../tests/support/sandbox';
import { RemoteClustersPage } from './pages/remote-clusters-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// The list's search reads what its Name and Addresses columns show: a whole address with its port finds the
// remotes that use it, and nothing matches through hidden text such as a not-connected reason.

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';
const run = Date.now().toString(36);
const SNIFF = `e2e_search_sniff_${run}`;
const PROXY = `e2e_search_proxy_${run}`;
const serverAddress = `127.0.0.1:${REMOTE_SERVER_PORT}`;

const settingsFor = (values: Record<string, unknown>) => ({
  persistent: { cluster: { remote: values } },
});

test.beforeAll(async () => {
  await adminClient('local').cluster.putSettings(
    settingsFor({
      [SNIFF]: { mode: 'sniff', seeds: [serverAddress] },
      [PROXY]: { mode: 'proxy', proxy_address: 'search-proxy.example.com:9443' },
    }),
  );
});

test.afterAll(async () => {
  await adminClient('local').cluster.putSettings(
    settingsFor({
      [SNIFF]: { mode: null, seeds: null },
      [PROXY]: { mode: null, proxy_address: null },
    }),
  );
});

test('finds remotes by a whole address with its port, and only by what the row shows', async ({ page }) => {
  await new SignInPage(page).signInTo('local', 'elastic', PASSWORD);
  const list = new RemoteClustersPage(page);
  await list.open();

  // Other tests' remotes share the address, and the list pages by 20: the run's own word narrows it to this test's.
  await list.search(`${serverAddress} ${run}`);
  // The remotes were written straight to Elasticsearch, behind the console's back: the list may still show the
  // read it shares for one refresh interval, so refresh by hand as a person would.
  await list.refreshUntilShown(SNIFF);
  await expect(list.row(PROXY)).toHaveCount(0);
  await expect(list.row(LEGACY_ALIAS)).toHaveCount(0);

  await list.search('search-proxy.example.com:9443');
  await expect(list.row(PROXY)).toBeVisible();
  await expect(list.row(SNIFF)).toHaveCount(0);

  // A part of an address finds the rows that show it, and only those.
  await list.search(`127.0.0.1 ${run}`);
  await expect(list.row(SNIFF)).toBeVisible();
  await expect(list.row(PROXY)).toHaveCount(0);

  await list.search(run);
  await expect(list.row(PROXY)).toBeVisible();
  await expect(list.row(SNIFF)).toBeVisible();
});
