import { expect, type Page } from '@playwright/test';

/** The users page: list, create and edit flyout, delete dialog, by data-test-subj. */
export class UsersPage {
  constructor(private readonly page: Page) {}

  async open(path = '/users') {
    await this.page.goto(path);
    await expect(this.page.getByTestId('usersHeader')).toBeVisible();
    // The rows come in the server's HTML: a click before the page has hydrated can be lost.
    await expect(this.page.locator('[data-test-subj="usersTable"][data-interactive="true"]')).toHaveCount(1);
  }

  /** The list filters as the box changes; Enter as a person would press it (it must not submit anything). */
  async filter(text: string) {
    const box = this.page.getByTestId('usersSearch');
    await box.fill(text);
    await box.press('Enter');
  }

  row(username: string) {
    return this.page.getByTestId(`usersRow-${username}`);
  }

  flyout() {
    return this.page.getByTestId('usersFlyout');
  }

  field(testSubj: string) {
    return this.flyout().getByTestId(testSubj);
  }

  /** The message EUI shows under a form row, found from the field inside it. */
  fieldError(testSubj: string) {
    return this.page
      .locator('.euiFormRow')
      .filter({ has: this.page.getByTestId(testSubj) })
      .locator('.euiFormErrorText');
  }

  async addRole(role: string) {
    const input = this.field('usersRoles').locator('input');
    await input.fill(role);
    await input.press('Enter');
  }

  rolePills() {
    return this.field('usersRoles').getByTestId('euiComboBoxPill');
  }
}
