import { expect, type Locator, type Page } from '@playwright/test';

/** The roles section: list, editor, assign flyout and effective-access flyout, by data-test-subj. */
export class RolesPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/roles');
    await expect(this.page.getByTestId('rolesHeader')).toBeVisible();
    await expect(this.page.getByTestId('rolesTable')).toBeVisible();
    // The rows come in the server's HTML: a click before the page has hydrated can be lost.
    await expect(this.page.locator('[data-test-subj="rolesTable"][data-interactive="true"]')).toHaveCount(1);
  }

  /** The list filters as the box changes; Enter as a person would press it (it must not submit anything). */
  async filter(text: string) {
    const box = this.page.getByTestId('rolesSearch');
    await box.fill(text);
    await box.press('Enter');
  }

  row(name: string) {
    return this.page.getByTestId(`rolesRow-${name}`);
  }

  async startCreate() {
    await this.page.getByTestId('rolesCreateButton').click();
    await expect(this.page.getByTestId('rolesCreateHeader')).toBeVisible();
    await expect(this.page.getByTestId('rolesEditor')).toBeVisible();
  }

  /** Types a value into a combo box list (patterns, privileges, clusters) and adds it with Enter. */
  async addTo(testSubj: string, value: string) {
    const input = this.page.getByTestId(testSubj).locator('input');
    await input.fill(value);
    await input.press('Enter');
  }

  pills(testSubj: string): Locator {
    return this.page.getByTestId(testSubj).getByTestId('euiComboBoxPill');
  }

  formErrors() {
    return this.page.getByTestId('rolesFormErrors');
  }

  save() {
    return this.page.getByTestId('rolesEditorSave').click();
  }

  async applySearchTemplate(alias: string, pattern: string) {
    await this.page.getByTestId('rolesTemplateRemote').selectOption(alias);
    await this.addTo('rolesTemplateNames', pattern);
    await this.page.getByTestId('rolesTemplateSearch').click();
  }

  async showRequest() {
    await this.page.getByTestId('rolesShowRequest').click();
    return this.page.getByTestId('rolesRequest');
  }

  async openAssign() {
    await this.page.getByTestId('rolesAssignButton').click();
    await expect(this.page.getByTestId('rolesAssignFlyout')).toBeVisible();
  }

  async openEffectiveAccess() {
    await this.page.getByTestId('rolesEffectiveAccessButton').click();
    await expect(this.page.getByTestId('rolesEffectiveAccessFlyout')).toBeVisible();
  }

  async signInTo(clusterId: string, username: string, password: string) {
    await this.page.getByTestId(`clusterSignIn-${clusterId}Username`).fill(username);
    await this.page.getByTestId(`clusterSignIn-${clusterId}Password`).fill(password);
    await this.page.getByTestId(`clusterSignIn-${clusterId}Submit`).click();
  }

  effectivePattern(pattern: string) {
    return this.page.getByTestId(`rolesEffectivePattern-${pattern}`);
  }

  effectiveIndex(index: string) {
    return this.page.getByTestId(`rolesEffectiveIndex-${index}`);
  }

  notice() {
    return this.page.getByTestId('rolesNotice');
  }
}
