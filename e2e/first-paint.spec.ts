import { LEGACY_ALIAS, SANDBOX_PASSWORD } from '../tests/support/sandbox';
import { SignInPage } from './pages/sign-in-page';
import { CONSOLE_ONLY, expect, test } from './fixtures';

// The list pages' rows come in the server's HTML: they are there before any JavaScript runs (here, with none at
// all), then the page hydrates and polls.

test('the remote clusters and roles tables are in the server HTML', CONSOLE_ONLY, async ({ page, browser }) => {
  await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
  const signedIn = await page.context().storageState();
  const withoutScripts = await browser.newContext({ storageState: signedIn, javaScriptEnabled: false });
  try {
    const html = await withoutScripts.newPage();
    await html.goto('/remote-clusters');
    await expect(html.locator(`[data-test-subj="remoteClusterRow-${LEGACY_ALIAS}"]`)).toContainText('Connected');
    await html.goto('/roles');
    // Elasticsearch's own roles are always there; the table shows its first page of them.
    await expect(html.locator('[data-test-subj^="rolesRow-"]').first()).toBeVisible();
  } finally {
    await withoutScripts.close();
  }
});
