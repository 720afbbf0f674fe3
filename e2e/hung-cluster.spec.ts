import { readFileSync } from 'node:fs';
import { adminClient, legacyEnabled } from '../tests/support/sandbox';
import { SignInPage } from './pages/sign-in-page';
import { expect, test } from './fixtures';

// The list page of a cluster whose node is paused (SIGSTOP): it keeps the last known state with its time and why
// the refresh failed, never a spinner, and is current again within seconds of the node resuming (SIGCONT).

const PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';
const SANDBOX_DIR = process.env.SANDBOX_DIR ?? '/var/tmp/rcc-sandbox';
const legacyPid = () => Number(readFileSync(`${SANDBOX_DIR}/clusters/legacy/es.pid`, 'utf8').trim());

test.skip(!legacyEnabled(), 'needs the sandbox with its legacy cluster');

test.afterEach(async () => {
  process.kill(legacyPid(), 'SIGCONT');
  // The later specs (migration) expect the local cluster connected to legacy again.
  await expect
    .poll(async () => (await adminClient('local').cluster.remoteInfo()).legacy?.connected, { timeout: 30_000 })
    .toBe(true);
});

test('shows the last known list, marked stale with its time, while the cluster is paused', async ({
  page,
  consoleProblems,
}) => {
  await new SignInPage(page).signInTo('legacy', 'elastic', PASSWORD);
  const loaded = page.getByTestId('remoteClustersTable').or(page.getByTestId('remoteClustersEmpty'));
  await expect(loaded).toBeVisible();

  consoleProblems.expect(/status of 503 \(Service Unavailable\)/);
  process.kill(legacyPid(), 'SIGSTOP');
  const stale = page.getByTestId('remoteClustersRefreshError');
  // The next poll (every refresh interval) fails at once with the time of the cluster's last answer.
  await expect(stale).toContainText(/Last known state, from .+ Legacy \(sandbox\) has not answered since/, {
    timeout: 20_000,
  });
  await expect(loaded).toBeVisible();
  await expect(page.getByTestId('remoteClustersLoading')).toHaveCount(0);

  process.kill(legacyPid(), 'SIGCONT');
  const resumed = Date.now();
  await expect(stale).toHaveCount(0, { timeout: 8_000 });
  expect(Date.now() - resumed).toBeLessThan(8_000);
});
