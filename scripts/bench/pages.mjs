// Scenario 6 (issue 16's budgets), in a real browser: for every console page, the JavaScript a first visit loads
// (gzip level 6, the usual server setting), and for the list pages the time from the start of the navigation to
// the first table row, cold (the server's shared read has aged out) and warm (right after).
import { gzipSync } from 'node:zlib';
import { sleep, summarize } from './stats.mjs';

export const JS_BUDGET_BYTES = 350 * 1024;
export const FIRST_ROW_BUDGET_MS = { cold: 1000, warm: 500 };
const ROWS_TIMEOUT_MS = 20_000;

/** The pages, each with what marks it as shown: a table's first data row for list pages, else its header. */
export const BENCH_PAGES = [
  { path: '/remote-clusters', ready: '[data-test-subj^="remoteClusterRow-"]', list: true },
  { path: '/roles', ready: '[data-test-subj^="rolesRow-"]', list: true },
  // Elasticsearch's built-in users are always there, so the table always has a first row.
  { path: '/users', ready: '[data-test-subj^="usersRow-"]', list: true },
  { path: '/api-keys', ready: '[data-test-subj="apiKeysHeader"]' },
  { path: '/remote-clusters/add', ready: '[data-test-subj="addRemoteClusterHeader"]' },
  { path: '/remote-clusters/connect', ready: '[data-test-subj="connectClusterHeader"]' },
  { path: '/remote-clusters/migrate', ready: '[data-test-subj="migrationListHeader"]' },
  { path: '/roles/new', ready: '[data-test-subj="rolesCreateHeader"]' },
  { path: '/api-docs', ready: '[data-test-subj="apiDocsHeader"]' },
  { path: '/sign-in', ready: '[data-test-subj="signInForm"]', signedOut: true },
];

/** Every JS file under /_next/static/ a cold first visit loads until the network is idle, gzipped here. */
export async function measureJsWeight(session, { path, ready, signedOut }) {
  const context = signedOut ? await session.newSignedOutContext() : await session.newContext();
  const page = await context.newPage();
  const bodies = new Map();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/_next/static/') || !pathname.endsWith('.js') || bodies.has(pathname)) return;
    bodies.set(
      pathname,
      response.body().catch(() => null),
    );
  });
  try {
    await page.goto(path, { waitUntil: 'load' });
    await page.waitForSelector(ready, { timeout: ROWS_TIMEOUT_MS }).catch(() => {});
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(bodies.values())).filter(Boolean);
    const gzipBytes = files.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0);
    return { files: files.length, gzipBytes, pass: gzipBytes <= JS_BUDGET_BYTES };
  } finally {
    await context.close();
  }
}

// Runs in the page before its own scripts: the moment the first element matching the selector is in the document.
function watchFirst(selector) {
  const check = () => {
    if (window.__benchFirstAt !== undefined || !document.querySelector(selector)) return false;
    window.__benchFirstAt = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document, {
    childList: true,
    subtree: true,
  });
}

/** Navigation start -> first row, `rounds` times cold and warm, in one browser context (its cache warm). */
export async function measureFirstRow(session, { path, ready }, { rounds, intervalMs }) {
  const context = await session.newContext();
  await context.addInitScript(watchFirst, ready);
  const page = await context.newPage();
  const samples = { cold: [], warm: [] };
  const visit = async (kind) => {
    await page.goto(path, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchFirstAt !== undefined, null, { timeout: ROWS_TIMEOUT_MS });
    samples[kind].push(await page.evaluate(() => window.__benchFirstAt));
  };
  try {
    // One visit first, so the browser's cache holds the scripts, as it does for anyone who used the console before.
    await visit('warm');
    samples.warm.length = 0;
    for (let round = 0; round < rounds; round++) {
      await page.goto('about:blank'); // stops the page's polling, so the shared read can age out
      await sleep(intervalMs + 500);
      await visit('cold');
      await visit('warm');
    }
  } finally {
    await context.close();
  }
  const cold = summarize(samples.cold);
  const warm = summarize(samples.warm);
  return {
    cold,
    warm,
    pass: cold.median <= FIRST_ROW_BUDGET_MS.cold && warm.median <= FIRST_ROW_BUDGET_MS.warm,
  };
}

/** Weight for every page, first row for the list pages; a page that fails is reported and the rest still run. */
export async function measurePages(session, { rounds, intervalMs, log }) {
  const pages = [];
  for (const target of BENCH_PAGES) {
    const row = { path: target.path };
    try {
      row.js = await measureJsWeight(session, target);
      if (target.list) row.firstRow = await measureFirstRow(session, target, { rounds, intervalMs });
    } catch (error) {
      row.error = String(error.message ?? error).split('\n')[0];
    }
    log?.(`page ${target.path}: ${row.error ?? `${(row.js.gzipBytes / 1024).toFixed(0)} KiB`}`);
    pages.push(row);
  }
  return pages;
}

export function pagesTable(pages) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '-');
  const widths = [28, 24, 30, 30];
  const line = (cells) =>
    cells
      .map((cell, i) => String(cell).padEnd(widths[i] ?? 0))
      .join('')
      .trimEnd();
  const lines = [
    line([
      'page',
      `first-load JS (<= ${kib(JS_BUDGET_BYTES)})`,
      `first row cold (<= ${FIRST_ROW_BUDGET_MS.cold} ms)`,
      `first row warm (<= ${FIRST_ROW_BUDGET_MS.warm} ms)`,
    ]),
  ];
  const mark = (pass) => (pass ? 'PASS' : 'FAIL');
  for (const p of pages) {
    if (p.error) {
      lines.push(line([p.path, `error: ${p.error}`]));
      continue;
    }
    const js = `${kib(p.js.gzipBytes)} ${mark(p.js.pass)}`;
    const first = p.firstRow;
    const timing = (kind) => {
      if (!first) return '-';
      const { median, p90 } = first[kind];
      return `${ms(median)} (p90 ${ms(p90)}) ${mark(median <= FIRST_ROW_BUDGET_MS[kind])}`;
    };
    lines.push(line([p.path, js, timing('cold'), timing('warm')]));
  }
  return lines.join('\n');
}
