import { sandboxVersion } from '../tests/support/sandbox';
import { searchSupported } from '../lib/version-compatibility';
import { meets } from '../lib/version-rules';
import { ConnectPage } from './pages/connect-page';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// The versions of the two clusters, as the connect wizard's readiness shows them: each side's API-key model rule
// and Elastic's rule for the pair. Runs in every Elasticsearch line (one version: supported) and in the mixed
// pairs of scripts/test.sh (9.5.4 -> 8.19.7 is not supported, 8.19.7 -> 9.5.4 is).

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';

test('readiness names both versions and whether Elastic supports searching from one to the other', async ({ page }) => {
  const [localVersion, remoteVersion] = await Promise.all([sandboxVersion('local'), sandboxVersion('remote')]);
  const connect = new ConnectPage(page);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn('elastic', PASSWORD);
  await expect(page).toHaveURL(/\/remote-clusters$/);
  await page.goto('/remote-clusters/connect');
  await expect(connect.step('Remote')).toBeVisible();
  await connect.signInToRemote('elastic', PASSWORD);
  await expect(page.getByTestId('clusterSignIn-remote')).toHaveCount(0);
  await connect.chooseAlias('version_check');
  await page.getByTestId('connectCheckReadiness').click();

  await expect(connect.readiness('local_version')).toHaveAttribute(
    'data-state',
    meets(localVersion, 'api_key_model_ga') ? 'pass' : 'warn',
  );
  await expect(connect.readiness('remote_version')).toContainText(`Every node runs ${remoteVersion} or later.`);
  const supported = searchSupported(localVersion, remoteVersion);
  const search = connect.readiness('versions_search');
  await expect(search).toHaveAttribute('data-state', supported ? 'pass' : 'fail');
  await expect(search).toContainText(
    `local ${localVersion} -> remote ${remoteVersion}: ${supported ? 'supported' : 'not supported'}`,
  );
  // An unsupported pair is told apart from the failures that stop the connection.
  await expect(page.getByTestId('connectReadinessUnsupportedPair')).toHaveCount(supported ? 0 : 1);
  await expect(page.getByTestId('connectReadinessFailed')).toHaveCount(0);
});
