import { SignInPage } from './pages/sign-in-page';
import { CONSOLE_ONLY, expect, test } from './fixtures';

// A link to a console page, opened signed out, comes back to that page after sign-in; the return address never
// leaves the console (the sign-in page checks it again).

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';

test('a deep link opened signed out returns to its page after sign-in', CONSOLE_ONLY, async ({ page }) => {
  await page.goto('/roles/viewer?tab=access');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Froles%2Fviewer%3Ftab%3Daccess$/);
  const signIn = new SignInPage(page);
  await signIn.chooseCluster('local');
  await signIn.signIn('elastic', PASSWORD);
  await expect(page).toHaveURL(/\/roles\/viewer\?tab=access$/);
});

test('a return address on another origin is not followed', CONSOLE_ONLY, async ({ page }) => {
  await page.goto('/sign-in?callbackUrl=https%3A%2F%2Fevil.example%2F');
  const signIn = new SignInPage(page);
  await signIn.chooseCluster('local');
  await signIn.signIn('elastic', PASSWORD);
  await expect(page).toHaveURL(/\/remote-clusters$/);
});
