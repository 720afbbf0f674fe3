import { LEGACY_ALIAS, SANDBOX_PASSWORD } from '../tests/support/sandbox';
import { RemoteClustersPage } from './pages/remote-clusters-page';
import { SignInPage } from './pages/sign-in-page';
import { CONSOLE_ONLY, expect, test } from './fixtures';

// A diagnosis's fix that names a console page links to it: the certificate remote's advice leads to its migration.

test("a fix's console path is a link to that page", CONSOLE_ONLY, async ({ page }) => {
  await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
  const list = new RemoteClustersPage(page);
  await list.open();
  await list.openFlyout(LEGACY_ALIAS);
  await page.getByTestId('remoteClusterDiagnoseButton').click();
  const link = page.getByTestId('connectFinding-migration').getByTestId('consolePathLink');
  await expect(link).toHaveText(`/remote-clusters/migrate/${LEGACY_ALIAS}`);
  await expect(link).toHaveAttribute('href', `/remote-clusters/migrate/${LEGACY_ALIAS}`);
  await link.click();
  await expect(page.getByTestId('migrationHeader')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/remote-clusters/migrate/${LEGACY_ALIAS}$`));
});
