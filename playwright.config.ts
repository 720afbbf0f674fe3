import { defineConfig } from '@playwright/test';
import { consoleEnv } from './tests/support/console-server';
import { ALLOWED_PORTAL_ORIGIN, ALLOWED_PORTAL_PORT, OTHER_PORTAL_PORT } from './e2e/pages/embed-portal-page';

const PORT = Number(process.env.RCC_E2E_PORT ?? 3101);

// Debian's Chromium by default: Playwright cannot download its own browsers on this machine kind.
// Elsewhere, set PLAYWRIGHT_CHROMIUM_PATH to any Chromium, or to '' to use Playwright's bundled one.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Speed is measured by scripts/bench, not here: on 2 cores shared with three Elasticsearch nodes a page can take a
  // few seconds to hydrate, and a 5 s wait made the suite fail on the machine's load rather than on the console.
  expect: { timeout: 10_000 },
  // scripts/test.sh names one report per Elasticsearch line.
  reporter: [['list'], ['json', { outputFile: process.env.RCC_E2E_REPORT ?? '.reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // EUI and Kibana address elements by data-test-subj.
    testIdAttribute: 'data-test-subj',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: executablePath || undefined,
      // Without the background-networking flags Chromium keeps dialling out, and this network refuses it.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: `node_modules/.bin/next start -H 127.0.0.1 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      // One portal origin may embed the console (e2e/embed.spec.ts); the other port of the portal server may not.
      env: consoleEnv(PORT, { RCC_EMBED_ALLOWED_ORIGINS: ALLOWED_PORTAL_ORIGIN }) as Record<string, string>,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The example portal page (examples/portal), on an allowed origin and on one that is not.
      command: `node scripts/portal-server.mjs ${ALLOWED_PORTAL_PORT} ${OTHER_PORTAL_PORT}`,
      url: `${ALLOWED_PORTAL_ORIGIN}/index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
