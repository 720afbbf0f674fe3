import type { Page } from '@playwright/test';
import { LEGACY_ALIAS, NODE_DEFINED_REMOTE, SANDBOX_PASSWORD } from '../tests/support/sandbox';
import { SignInPage } from './pages/sign-in-page';
import { RemoteClustersPage } from './pages/remote-clusters-page';
import { seriousAccessibilityViolations } from './accessibility';
import { CONSOLE_ONLY, expect, test } from './fixtures';

// Every page of the console as an administrator sees it at a desktop and a phone width: none is wider than its
// viewport (a page that scrolls sideways hides its actions), none has a serious or critical accessibility problem,
// and each one's screenshot is in the report.

const WIDTHS = [
  { name: '1440', width: 1440, height: 900 },
  { name: '390', width: 390, height: 844 },
] as const;

const PAGES = [
  { path: '/remote-clusters', ready: 'remoteClustersHeader' },
  { path: '/remote-clusters/add', ready: 'addRemoteClusterHeader' },
  { path: `/remote-clusters/${LEGACY_ALIAS}/edit`, ready: 'editRemoteClusterHeader' },
  { path: '/remote-clusters/connect', ready: 'connectClusterHeader' },
  { path: '/remote-clusters/migrate', ready: 'migrationListHeader' },
  { path: `/remote-clusters/migrate/${LEGACY_ALIAS}`, ready: 'migrationHeader' },
  { path: '/roles', ready: 'rolesHeader' },
  { path: '/roles/new', ready: 'rolesCreateHeader' },
  { path: '/users', ready: 'usersHeader' },
  { path: '/api-keys', ready: 'apiKeysHeader' },
  { path: '/api-docs', ready: 'apiDocsHeader' },
] as const;

/** How far the page reaches past the viewport's right edge, in CSS pixels (0 when it fits). */
async function overflow(
  page: Page,
): Promise<{ scrollWidth: number; headerRight: number; headerWidest: string; widest: string }> {
  return page.evaluate(() => {
    const { innerWidth } = window;
    let widest = '';
    let widestRight = innerWidth;
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const right = element.getBoundingClientRect().right;
      if (right > widestRight + 1) {
        widestRight = right;
        const subj = element.closest('[data-test-subj]')?.getAttribute('data-test-subj') ?? '';
        widest = `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)} in ${subj}`;
      }
    }
    // The header clips what does not fit instead of scrolling, so its pieces are measured one by one.
    const inHeader = Array.from(document.querySelectorAll('[data-test-subj="consoleHeader"] *'));
    let headerRight = 0;
    let headerWidest = '';
    for (const element of inHeader) {
      const right = element.getBoundingClientRect().right;
      if (right > headerRight) {
        headerRight = right;
        headerWidest = `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 40)}"`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, headerRight, headerWidest, widest };
  });
}

async function attachScreenshot(page: Page, name: string) {
  await test.info().attach(name, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
}

for (const size of WIDTHS) {
  test(`every page fits ${size.width} px and is screenshotted`, CONSOLE_ONLY, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/sign-in');
    await attachScreenshot(page, `sign-in-${size.name}`);
    expect(await seriousAccessibilityViolations(page), `/sign-in at ${size.width} px`).toEqual([]);
    expect((await overflow(page)).scrollWidth, 'the sign-in page').toBeLessThanOrEqual(size.width);
    await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
    for (const { path, ready } of PAGES) {
      await page.goto(path);
      await expect(page.getByTestId(ready), path).toBeVisible();
      await page.waitForLoadState('networkidle');
      // Every page says where it is: a trail from its section (a link on the pages below a section).
      // (At a phone's width EUI folds the upper crumbs into a menu and shows the last.)
      await expect(page.locator('[data-test-subj^="consoleBreadcrumb-"]').first(), path).toBeVisible();
      // No serious or critical accessibility problem (axe-core), at each width: layouts differ.
      expect.soft(await seriousAccessibilityViolations(page), `${path} at ${size.width} px`).toEqual([]);
      const measured = await overflow(page);
      await attachScreenshot(page, `${path.replaceAll('/', '_').slice(1)}-${size.name}`);
      expect(measured.scrollWidth, `${path} is wider than the viewport (${measured.widest})`).toBeLessThanOrEqual(
        size.width,
      );
      expect(
        measured.headerRight,
        `${path}: the header reaches past the viewport (${measured.headerWidest})`,
      ).toBeLessThanOrEqual(size.width);
    }
  });
}

test(
  'the flyout of a certificate remote keeps its actions inside the viewport at both widths',
  CONSOLE_ONLY,
  async ({ page }) => {
    await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
    for (const size of WIDTHS) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.goto('/remote-clusters');
      await new RemoteClustersPage(page).waitUntilInteractive();
      for (const name of [LEGACY_ALIAS, NODE_DEFINED_REMOTE]) {
        await page.getByTestId(`remoteClusterRow-${name}`).getByTestId('remoteClusterLink').click();
        const footer = page.getByTestId('remoteClusterFlyoutFooter');
        await expect(footer).toBeVisible();
        const buttons = footer.locator('button, a');
        // The flyout slides in from the right: measured once it has stopped moving.
        await expect(async () => {
          const boxes = await buttons.evaluateAll((elements) =>
            elements.map((element) => {
              const box = element.getBoundingClientRect();
              return { left: box.left, right: box.right, top: box.top };
            }),
          );
          expect(boxes.length, name).toBeGreaterThan(0);
          for (const box of boxes) {
            expect(box.left, `${name} at ${size.width}`).toBeGreaterThanOrEqual(0);
            expect(box.right, `${name} at ${size.width}`).toBeLessThanOrEqual(size.width);
          }
          // At a phone's width the actions share rows instead of stacking one full-width button under another.
          const rows = new Set(boxes.map((box) => Math.round(box.top))).size;
          if (boxes.length > 2) expect(rows, `${name} at ${size.width}: rows of actions`).toBeLessThan(boxes.length);
        }).toPass({ timeout: 5_000 });
        await attachScreenshot(page, `flyout-${name}-${size.name}`);
        await page.getByTestId('remoteClusterFlyoutClose').click();
        await expect(footer).toHaveCount(0);
      }
    }
  },
);

test("at a phone's width the sections are a menu that navigates", CONSOLE_ONLY, async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await new SignInPage(page).signInTo('local', 'elastic', SANDBOX_PASSWORD);
  await expect(page.getByTestId('consoleNavRoles')).toBeHidden();
  await page.getByTestId('consoleNavMenu').click();
  await page.getByTestId('consoleNavRolesMenu').click();
  await expect(page.getByTestId('rolesHeader')).toBeVisible();
  await expect(page).toHaveURL(/\/roles$/);
});
