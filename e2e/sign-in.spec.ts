import { ConsoleShellPage } from './pages/console-shell';
import { SignInPage } from './pages/sign-in-page';
import { CONSOLE_ONLY, expect, test } from './fixtures';

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';

test('signs in through the form against the real cluster, sees the shell, navigates and signs out', async ({
  page,
  consoleProblems,
}) => {
  const signIn = new SignInPage(page);
  const shell = new ConsoleShellPage(page);

  await page.goto('/remote-clusters');
  await expect(page).toHaveURL(/\/sign-in/);

  consoleProblems.expect(/status of 401 \(Unauthorized\)/);
  await signIn.signIn('elastic', 'not-the-password');
  await expect(signIn.error()).toHaveText('Wrong username or password.');
  // What was typed is still there for the retry.
  await expect(page.getByTestId('signInUsername')).toHaveValue('elastic');

  await page.getByTestId('signInPassword').fill(PASSWORD);
  await page.getByTestId('signInSubmit').click();
  await expect(page).toHaveURL(/\/remote-clusters$/);
  await expect(shell.clusterBadge()).toContainText(/local · \d+\.\d+\.\d+/);
  await expect(page.getByTestId('remoteClustersHeader')).toBeVisible();

  await shell.navLink('Roles').click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.getByTestId('rolesHeader')).toBeVisible();
  await shell.navLink('ApiKeys').click();
  await expect(page.getByTestId('apiKeysHeader')).toBeVisible();

  expect(await shell.brokenIcons()).toEqual([]);
  expect(await shell.emptyIcons()).toEqual([]);

  await shell.signOut();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/roles');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('names the empty fields without calling the cluster', CONSOLE_ONLY, async ({ page, consoleProblems }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await new SignInPage(page).open();
  await page.getByTestId('signInSubmit').click();
  await expect(page.getByText('Enter your username.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  expect(requests.filter((url) => url.includes('/api/auth/callback'))).toEqual([]);
  expect(consoleProblems.seen).toEqual([]);
});
