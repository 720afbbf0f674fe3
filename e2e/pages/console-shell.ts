import type { Page } from '@playwright/test';

/** The header and navigation around every console page. */
export class ConsoleShellPage {
  constructor(private readonly page: Page) {}

  clusterBadge() {
    return this.page.getByTestId('consoleClusterBadge');
  }

  navLink(section: 'RemoteClusters' | 'Roles' | 'ApiKeys') {
    return this.page.getByTestId(`consoleNav${section}`);
  }

  async signOut() {
    await this.page.getByTestId('consoleUserMenuButton').click();
    await this.page.getByTestId('consoleSignOut').click();
  }

  /** EUI renders an unknown icon name as <img src="name">: every icon must be a preloaded SVG. */
  async brokenIcons(): Promise<string[]> {
    return this.page
      .locator('img')
      .evaluateAll((images) =>
        images.map((image) => image.getAttribute('src') ?? '').filter((src) => !/^(data:|https?:|\/)/.test(src)),
      );
  }

  /** An icon still loading lazily renders as an empty <svg>; the names say which to preload. */
  async emptyIcons(): Promise<string[]> {
    return this.page.locator('svg.euiIcon').evaluateAll((icons) =>
      icons
        // EUI's own "empty" icon (used as a spacer) is empty on purpose and carries no type.
        .filter(
          (icon) =>
            icon.hasAttribute('data-is-loading') ||
            (icon.childElementCount === 0 && icon.hasAttribute('data-icon-type')),
        )
        .map((icon) => icon.getAttribute('data-icon-type') ?? '?'),
    );
  }
}
