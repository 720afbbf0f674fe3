import type { Page } from '@playwright/test';

/** The connect wizard (/remote-clusters/connect), addressed by its data-test-subj attributes. */
export class ConnectPage {
  constructor(private readonly page: Page) {}

  step(name: 'Remote' | 'Key' | 'Keystore' | 'Register' | 'Verify') {
    return this.page.getByTestId(`connect${name}Step`);
  }

  readiness(id: string) {
    return this.page.getByTestId(`connectReadiness-${id}`);
  }

  async signInToRemote(username: string, password: string) {
    await this.page.getByTestId('clusterSignIn-remoteUsername').fill(username);
    await this.page.getByTestId('clusterSignIn-remotePassword').fill(password);
    await this.page.getByTestId('clusterSignIn-remoteSubmit').click();
  }

  async chooseAlias(alias: string) {
    await this.page.getByTestId('connectAliasInput').fill(alias);
  }

  async addSearchPattern(pattern: string) {
    const combo = this.page.getByTestId('apiKeysAccessRowNames-0');
    await combo.locator('input').fill(pattern);
    await combo.locator('input').press('Enter');
  }

  encodedKey() {
    return this.page.getByTestId('connectEncodedKey');
  }

  finding(id: string) {
    return this.page.getByTestId(`connectFinding-${id}`);
  }
}
