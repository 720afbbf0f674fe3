import { expect, type Page } from '@playwright/test';

/** The remote clusters list, its flyout, the delete modal and the add/edit wizard, by data-test-subj. */
export class RemoteClustersPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/remote-clusters');
    await expect(this.page.getByTestId('remoteClustersHeader')).toBeVisible();
    await this.waitUntilInteractive();
  }

  /** The rows come in the server's HTML: a click before the page has hydrated can be lost. */
  async waitUntilInteractive() {
    await expect(this.page.locator('[data-test-subj="remoteClustersTable"][data-interactive="true"]')).toHaveCount(1);
  }

  row(name: string) {
    return this.page.getByTestId(`remoteClusterRow-${name}`);
  }

  /** The list filters as the box changes; Enter as a person would press it (it must not submit anything). */
  async search(text: string) {
    const box = this.page.getByTestId('remoteClustersSearch');
    await box.fill(text);
    await box.press('Enter');
  }

  /** Refreshes by hand until the row shows the status (Elasticsearch connects lazily, in the background). */
  async waitForStatus(name: string, status: 'Connected' | 'NotConnected') {
    await expect(async () => {
      await this.page.getByTestId('remoteClustersRefresh').click();
      await expect(this.row(name).getByTestId(`remoteClusterStatus${status}`)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  }

  /** Refreshes by hand until the row is listed (for remotes written to Elasticsearch outside the console). */
  async refreshUntilShown(name: string) {
    await expect(async () => {
      await this.page.getByTestId('remoteClustersRefresh').click();
      await expect(this.row(name)).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  }

  async startAdd() {
    await this.page.getByTestId('remoteClustersAddButton').click();
    await expect(this.page.getByTestId('remoteClusterWizard')).toBeVisible();
  }

  wizardNext() {
    return this.page.getByTestId('remoteClusterWizardNext').click();
  }

  async typeSeed(seed: string) {
    const input = this.page.getByTestId('remoteClusterFormSeeds').locator('input');
    await input.fill(seed);
    await input.press('Enter');
  }

  async removeSeeds() {
    await this.page.getByTestId('remoteClusterFormSeeds').getByTestId('comboBoxClearButton').click();
  }

  /** The error EUI shows under the form row that holds the field with this data-test-subj. */
  fieldError(testSubj: string) {
    return this.page.locator('.euiFormRow', { has: this.page.getByTestId(testSubj) }).locator('.euiFormErrorText');
  }

  async closeFlyout() {
    await this.page.getByTestId('remoteClusterFlyoutClose').click();
    await expect(this.page.getByTestId('remoteClusterFlyoutTitle')).toHaveCount(0);
  }

  formErrors() {
    return this.page.getByTestId('remoteClusterFormErrors');
  }

  async openFlyout(name: string) {
    await this.waitUntilInteractive();
    await this.row(name).getByTestId('remoteClusterLink').click();
    await expect(this.page.getByTestId('remoteClusterFlyoutTitle')).toHaveText(name);
  }

  flyoutDetails() {
    return this.page.getByTestId('remoteClusterDetails');
  }

  async selectRows(names: string[]) {
    for (const name of names) await this.page.getByTestId(`checkboxSelectRow-${name}`).check();
  }
}
