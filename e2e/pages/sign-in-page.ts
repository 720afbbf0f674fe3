import type { Page } from '@playwright/test';

/** The sign-in form, addressed by its data-test-subj attributes. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/sign-in');
  }

  async signIn(username: string, password: string) {
    await this.page.getByTestId('signInUsername').fill(username);
    await this.page.getByTestId('signInPassword').fill(password);
    await this.page.getByTestId('signInSubmit').click();
  }

  error() {
    return this.page.getByTestId('signInError');
  }
}
