import { expect, type Page } from '@playwright/test';

/** The cross-cluster API keys page: cluster picker, inline sign-in, table, flyouts and modals, by data-test-subj. */
export class ApiKeysPage {
  constructor(private readonly page: Page) {}

  async open(clusterId?: string) {
    await this.page.goto(clusterId ? `/api-keys?cluster=${encodeURIComponent(clusterId)}` : '/api-keys');
    await expect(this.page.getByTestId('apiKeysHeader')).toBeVisible();
  }

  clusterSelect() {
    return this.page.getByTestId('apiKeysClusterSelect');
  }

  signInForm(clusterId: string) {
    return this.page.getByTestId(`clusterSignIn-${clusterId}`);
  }

  async signInTo(clusterId: string, username: string, password: string) {
    await this.page.getByTestId(`clusterSignIn-${clusterId}Username`).fill(username);
    await this.page.getByTestId(`clusterSignIn-${clusterId}Password`).fill(password);
    await this.page.getByTestId(`clusterSignIn-${clusterId}Submit`).click();
  }

  row(keyId: string) {
    return this.page.getByTestId(`apiKeysRow-${keyId}`);
  }

  async startCreate() {
    await this.page.getByTestId('apiKeysCreateButton').first().click();
    await expect(this.page.getByTestId('apiKeysCreateFlyout')).toBeVisible();
  }

  async startEdit(keyId: string) {
    await this.row(keyId).getByTestId('apiKeysEditAction').click();
    await expect(this.page.getByTestId('apiKeysEditFlyout')).toBeVisible();
  }

  /** Types a value into one of the access row's free-text lists (index patterns, fields) and adds it with Enter. */
  async addToList(list: 'Names' | 'Grant' | 'Except', rowIndex: number, value: string) {
    const input = this.page.getByTestId(`apiKeysAccessRow${list}-${rowIndex}`).locator('input');
    await input.fill(value);
    await input.press('Enter');
  }

  listValues(list: 'Names' | 'Grant' | 'Except', rowIndex: number) {
    return this.page.getByTestId(`apiKeysAccessRow${list}-${rowIndex}`).getByTestId('euiComboBoxPill');
  }

  formErrors() {
    return this.page.getByTestId('apiKeysFormErrors');
  }

  submitFlyout() {
    return this.page.getByTestId('apiKeysFlyoutSubmit').click();
  }

  createdModal() {
    return this.page.getByTestId('apiKeysCreatedModal');
  }

  async invalidateFromRow(keyId: string) {
    await this.row(keyId).getByTestId('apiKeysInvalidateAction').click();
    await expect(this.page.getByTestId('apiKeysInvalidateModal')).toBeVisible();
  }
}
