import { adminClient, SANDBOX_PASSWORD } from '../tests/support/sandbox';
import { SignInPage } from './pages/sign-in-page';
import { CONSOLE_ONLY, expect, test } from './fixtures';

// A name Elasticsearch already holds with a text-reversing character (made outside the console, which refuses
// them): the keys table shows the character as a visible, marked escape instead of the reordered text.

const run = Date.now().toString(36);
const KEY_NAME = `probe_\u202Eevil_${run}`;

test.afterAll(async () => {
  await adminClient('remote')
    .security.invalidateApiKey({ name: KEY_NAME })
    .catch(() => undefined);
});

test('shows a key name with a right-to-left override as its escape, marked', CONSOLE_ONLY, async ({ page }) => {
  await adminClient('remote').security.createCrossClusterApiKey({
    name: KEY_NAME,
    access: { search: [{ names: ['logs-*'] }] },
  });
  await new SignInPage(page).signInTo('remote', 'elastic', SANDBOX_PASSWORD);
  await page.goto('/api-keys');

  const name = page.getByTestId('apiKeysName').filter({ hasText: `_${run}` });
  await expect(name).toHaveText(`probe_\\u202Eevil_${run}`);
  await expect(name.getByTestId('hiddenCharacter')).toHaveText('\\u202E');
});
