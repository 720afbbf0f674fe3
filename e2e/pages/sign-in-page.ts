import { expect, type Page } from '@playwright/test';
import { ConsoleShellPage } from './console-shell';

/** The sign-in form, addressed by its data-test-subj attributes. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/sign-in');
  }

  /**
   * Chooses the cluster to sign in to. The form is a controlled React form: a choice made before it hydrated would
   * be reset, so the choice is made once the page is idle and checked.
   */
  async chooseCluster(clusterId: string) {
    await this.page.waitForLoadState('networkidle');
    const select = this.page.getByTestId('signInCluster');
    await expect(async () => {
      await select.selectOption(clusterId);
      await expect(select).toHaveValue(clusterId, { timeout: 500 });
    }).toPass();
  }

  async signIn(username: string, password: string) {
    await this.page.getByTestId('signInUsername').fill(username);
    await this.page.getByTestId('signInPassword').fill(password);
    await this.page.getByTestId('signInSubmit').click();
  }

  /** Signs in to one registered cluster from a fresh sign-in page and waits for the console to name it. */
  async signInTo(clusterId: string, username: string, password: string) {
    await this.open();
    await this.chooseCluster(clusterId);
    await this.signIn(username, password);
    await expect(this.page).toHaveURL(/\/remote-clusters$/);
    await expect(new ConsoleShellPage(this.page).clusterBadge()).toContainText(`${clusterId} ·`);
  }

  error() {
    return this.page.getByTestId('signInError');
  }
}
