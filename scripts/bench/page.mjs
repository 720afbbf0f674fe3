// Scenarios 4 and 5, in a real browser (Playwright's API, Debian's Chromium): what a person downloads to open
// /remote-clusters, and how long after the HTML arrives the table shows rows they can act on. Measured in the
// page itself (PerformanceNavigationTiming and a MutationObserver installed before any app script), so
// Playwright's own polling delay is not part of the figure.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { sleep, summarize } from './stats.mjs';

/** The rows of the remote clusters table; override with BENCH_TABLE_ROW_SELECTOR while the UI changes. */
export const TABLE_ROW_SELECTOR =
  process.env.BENCH_TABLE_ROW_SELECTOR ??
  '[data-test-subj="remoteClustersTable"] tbody tr[data-test-subj^="remoteClusterRow-"]';
// Only data rows count: while loading or when empty, EUI's table renders a single "No items" row in tbody.
export const TABLE_SELECTOR = '[data-test-subj="remoteClustersTable"]';
const PAGE_PATH = '/remote-clusters';
const ROWS_TIMEOUT_MS = 20_000;

const LAUNCH = {
  executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Same flags as playwright.config.ts: no background networking, which this machine's network refuses.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// Runs in the page before its own scripts: note when the first data row appears, then when the main thread
// is next free after painting it (a task queued after the next frame), which is when a click would be handled.
function watchRows(selector) {
  const check = () => {
    if (window.__benchRowsAt !== undefined || !document.querySelector(selector)) return false;
    window.__benchRowsAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => (window.__benchInteractiveAt = performance.now()), 0));
    return true;
  };
  new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document, {
    childList: true,
    subtree: true,
  });
}

export async function openBrowser({ consoleUrl, username, password }) {
  const browser = await chromium.launch(LAUNCH);
  const signInContext = await browser.newContext({ baseURL: consoleUrl });
  const page = await signInContext.newPage();
  let storageState;
  try {
    await page.goto('/sign-in');
    await page.locator('[data-test-subj="signInUsername"]').fill(username);
    await page.locator('[data-test-subj="signInPassword"]').fill(password);
    await page.locator('[data-test-subj="signInSubmit"]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 30_000 });
    storageState = await signInContext.storageState();
    await page.goto('about:blank');
  } catch (error) {
    await browser.close(); // an open browser would keep this process alive after the run
    throw error;
  }
  return {
    /** A fresh context (empty HTTP cache) signed in as above, for a first load. */
    newContext: () => browser.newContext({ baseURL: consoleUrl, storageState }),
    newSignedOutContext: () => browser.newContext({ baseURL: consoleUrl }),
    async close() {
      // Sign out through the app, so the session's API key is invalidated.
      const csrf = await page.request.get(`${consoleUrl}/api/auth/csrf`).then((r) => r.json());
      await page.request.post(`${consoleUrl}/api/auth/signout`, { form: { csrfToken: csrf.csrfToken, json: 'true' } });
      await browser.close();
    },
  };
}

/** Scenario 4: every JS file under /_next/static/ the page loads on a cold first visit, gzipped here. */
export async function measurePageWeight(session) {
  const context = await session.newContext();
  const page = await context.newPage();
  const bodies = new Map();
  let loadedAt = Infinity;
  page.on('load', () => (loadedAt = performance.now()));
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/_next/static/') || !pathname.endsWith('.js') || bodies.has(pathname)) return;
    const arrivedAt = performance.now();
    bodies.set(
      pathname,
      response
        .body()
        .then((body) => ({ body, arrivedAt }))
        .catch(() => null),
    );
  });
  await page.goto(PAGE_PATH, { waitUntil: 'load' });
  if (new URL(page.url()).pathname !== PAGE_PATH)
    throw new Error(`${PAGE_PATH} redirected to ${page.url()}: not signed in?`);
  // Lazily imported chunks (EUI loads each icon as its own chunk) count too when they render the first view.
  await page.waitForSelector(TABLE_ROW_SELECTOR, { timeout: ROWS_TIMEOUT_MS }).catch(() => {});
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all([...bodies].map(async ([path, pending]) => ({ path, ...(await pending) })))).filter(
    (f) => f.body,
  );
  await context.close();
  const total = (list) => ({
    files: list.length,
    rawBytes: list.reduce((sum, f) => sum + f.body.length, 0),
    gzipBytes: list.reduce((sum, f) => sum + gzipSync(f.body, { level: 9 }).length, 0),
  });
  return { all: total(files), beforeLoadEvent: total(files.filter((f) => f.arrivedAt <= loadedAt)) };
}

/**
 * Scenario 5: navigation responseEnd → first data row, and → main thread free after it. "cold" waits out
 * the refresh interval first, so the page's own request makes the server read Elasticsearch anew (what the
 * first visitor in a while sees); "warm" follows at once, so the server could answer from the read it
 * shares within the interval — if the page's request lets it (see listRequestHeaders).
 */
export async function measureInteractive(session, { rounds, intervalMs }) {
  const context = await session.newContext();
  await context.addInitScript(watchRows, TABLE_ROW_SELECTOR);
  const page = await context.newPage();
  // What the UI's list requests carry: "Cache-Control: no-cache" makes the server skip its shared read.
  const listRequestHeaders = new Set();
  page.on('request', async (request) => {
    const url = new URL(request.url());
    if (!url.pathname.endsWith('/remote_clusters')) return;
    const cacheControl = (await request.allHeaders().catch(() => ({})))['cache-control'] ?? '(none)';
    listRequestHeaders.add(`GET ${url.pathname}${url.search} cache-control: ${cacheControl}`);
  });
  const samples = { cold: { rows: [], interactive: [] }, warm: { rows: [], interactive: [] } };
  const visit = async (kind) => {
    await page.goto(PAGE_PATH, { waitUntil: 'commit' });
    const found = await page
      .waitForFunction(() => window.__benchInteractiveAt !== undefined, null, { timeout: ROWS_TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    if (!found) {
      const hasTable = (await page.locator(TABLE_SELECTOR).count()) > 0;
      return hasTable
        ? `the table is there but no row matched ${TABLE_ROW_SELECTOR} within ${ROWS_TIMEOUT_MS} ms`
        : `no element matches ${TABLE_SELECTOR} on ${PAGE_PATH} (UI not built yet?)`;
    }
    const t = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      return {
        rows: window.__benchRowsAt - nav.responseEnd,
        interactive: window.__benchInteractiveAt - nav.responseEnd,
      };
    });
    samples[kind].rows.push(t.rows);
    samples[kind].interactive.push(t.interactive);
    return null;
  };
  try {
    for (let round = 0; round < rounds; round++) {
      await page.goto('about:blank'); // stops the page's polling, so the shared read can age out
      await sleep(intervalMs + 500);
      const problem = (await visit('cold')) ?? (await visit('warm'));
      if (problem) return { skipped: problem };
    }
  } finally {
    await context.close();
  }
  const summary = (kind) => ({
    rows: summarize(samples[kind].rows),
    interactive: summarize(samples[kind].interactive),
  });
  return { cold: summary('cold'), warm: summary('warm'), rounds, listRequestHeaders: [...listRequestHeaders] };
}
