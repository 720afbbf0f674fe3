import { SANDBOX_PASSWORD, adminClient } from '../tests/support/sandbox';
import { SignInPage } from './pages/sign-in-page';
import { UsersPage } from './pages/users-page';
import { expect, test } from './fixtures';

// The users page as an administrator uses it: create a user (the form names a taken username and a short password
// as the fields are left), give it another role and disable it, then delete it after confirming; each step is
// checked in Elasticsearch itself. Built-in users and the signed-in one cannot be deleted.

const run = Date.now().toString(36);
const USER = `e2e_user_${run}`;
const local = adminClient('local');

test.afterAll(async () => {
  await local.security.deleteUser({ username: USER }).catch(() => undefined);
});

async function storedUser(username: string) {
  const users = (await local.security.getUser({ username }).catch(() => ({}))) as Record<string, unknown>;
  return users[username] as { roles: string[]; enabled: boolean; full_name?: string } | undefined;
}

test('creates a user, changes its roles and disables it, then deletes it', async ({ page }) => {
  test.setTimeout(120_000);
  const users = new UsersPage(page);
  await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
  await page.getByTestId('consoleNavUsers').click();
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.locator('[data-test-subj="usersTable"][data-interactive="true"]')).toHaveCount(1);

  // Built-in users and the signed-in one are listed, but cannot be deleted.
  await users.filter('elastic');
  await expect(users.row('elastic').getByTestId('usersReservedBadge')).toBeVisible();
  await expect(users.row('elastic').getByTestId('usersDeleteAction')).toBeDisabled();

  await page.getByTestId('usersCreateButton').click();
  await expect(users.flyout()).toBeVisible();
  await users.field('usersUsername').fill('elastic');
  await users.field('usersPassword').fill('abc');
  await users.field('usersConfirm').click();
  await expect(users.fieldError('usersUsername')).toContainText('is already a user on this cluster');
  await expect(users.fieldError('usersPassword')).toHaveText('must be at least 6 characters');
  await users.field('usersUsername').fill(USER);
  await users.field('usersPassword').fill('e2e-password');
  await users.field('usersConfirm').fill('e2e-password');
  await users.addRole('viewer');
  await users.field('usersFullName').fill('End to end');
  await users.field('usersSave').click();
  await expect(page.getByTestId('usersSavedToast')).toContainText(`Created user ${USER}`);
  await expect(users.flyout()).toBeHidden();
  await users.filter(USER);
  await expect(users.row(USER)).toContainText('End to end');
  expect(await storedUser(USER)).toMatchObject({ roles: ['viewer'], enabled: true, full_name: 'End to end' });

  // The name is a link to the user's form; the address says which user is open.
  await users.row(USER).getByTestId('usersLink').click();
  await expect(page).toHaveURL(new RegExp(`/users\\?edit=${USER}$`));
  await expect(users.rolePills()).toHaveText(['viewer']);
  await users.addRole('monitoring_user');
  await users.field('usersEnabled').click();
  await users.field('usersSave').click();
  await expect(page.getByTestId('usersSavedToast').last()).toContainText(`Saved user ${USER}`);
  await expect(page).toHaveURL(/\/users$/);
  await expect(users.row(USER).getByTestId('usersEnabledBadge')).toHaveText('disabled');
  expect(await storedUser(USER)).toMatchObject({ roles: ['viewer', 'monitoring_user'], enabled: false });

  // A reload of a user's address opens its form again.
  await users.open(`/users?edit=${USER}`);
  await expect(users.flyout()).toContainText(`Edit user "${USER}"`);
  await expect(users.field('usersEnabled')).not.toBeChecked();
  await users.field('usersFlyoutCancel').click();

  await users.filter(USER);
  await users.row(USER).getByTestId('usersDeleteAction').click();
  await expect(page.getByTestId('usersDeleteNames')).toHaveText(USER);
  await page.getByTestId('confirmModalConfirmButton').click();
  await expect(page.getByTestId('usersDeletedToast')).toContainText(`Deleted user ${USER}`);
  await expect(users.row(USER)).toHaveCount(0);
  expect(await storedUser(USER)).toBeUndefined();
});
