import { expect, type FrameLocator, type Page } from '@playwright/test';

/** The example portal (examples/portal) is served on two more ports: one allowed to embed the console, one not. */
export const ALLOWED_PORTAL_PORT = Number(process.env.RCC_E2E_PORTAL_PORT ?? 3102);
export const OTHER_PORTAL_PORT = Number(process.env.RCC_E2E_OTHER_PORTAL_PORT ?? 3103);
export const ALLOWED_PORTAL_ORIGIN = `http://127.0.0.1:${ALLOWED_PORTAL_PORT}`;
export const OTHER_PORTAL_ORIGIN = `http://127.0.0.1:${OTHER_PORTAL_PORT}`;

/** The example portal page and the console inside its frame, by data-test-subj. */
export class EmbedPortalPage {
  constructor(private readonly page: Page) {}

  async open(portalOrigin: string, consoleOrigin: string, consolePage = '/remote-clusters') {
    const query = new URLSearchParams({ console: consoleOrigin, page: consolePage });
    await this.page.goto(`${portalOrigin}/index.html?${query}`);
    await expect(this.page.getByTestId('portalFrame')).toBeVisible();
  }

  /** The console, inside the frame. */
  console(): FrameLocator {
    return this.page.frameLocator('[data-test-subj="portalFrame"]');
  }

  height() {
    return this.page.getByTestId('portalHeight');
  }

  route() {
    return this.page.getByTestId('portalRoute');
  }

  messageCount() {
    return this.page.getByTestId('portalMessageCount');
  }

  async frameHeight(): Promise<number> {
    return (await this.page.getByTestId('portalFrame').boundingBox())?.height ?? 0;
  }

  /** The frame's document URL (a browser error page when the console refused to be framed). */
  async frameUrl(): Promise<string> {
    const handle = await this.page.getByTestId('portalFrame').elementHandle();
    return (await handle?.contentFrame())?.url() ?? '';
  }

  async signIn(username: string, password: string) {
    const frame = this.console();
    await frame.getByTestId('signInUsername').fill(username);
    await frame.getByTestId('signInPassword').fill(password);
    await frame.getByTestId('signInSubmit').click();
  }
}
