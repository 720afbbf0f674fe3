import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  LEGACY_CLUSTER_ID,
  SANDBOX_DIR,
  SANDBOX_PASSWORD,
  adminClient,
  ensureLegacyConnection,
  legacyEnabled,
} from '../support/sandbox';
import { spawnSync } from 'node:child_process';

// A registered cluster whose node is paused (SIGSTOP) or stopped: requests to it fail fast with a 503 naming the
// last answer, /api/health answers within a second, and the cluster is back within seconds of answering again.
// The paused cluster is the sandbox's "legacy" (the other suites' clusters stay untouched).

const baseUrl = inject('consoleUrl');
const HEADERS = { authorization: `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}` };
const PATH = `/api/clusters/${LEGACY_CLUSTER_ID}/remote_clusters?live=false`;

function legacyPid(): number {
  return Number(readFileSync(`${SANDBOX_DIR}/clusters/${LEGACY_CLUSTER_ID}/es.pid`, 'utf8').trim());
}

async function timed(path: string) {
  const started = performance.now();
  const send = () => fetch(`${baseUrl}${path}`, { headers: HEADERS });
  // A pooled keep-alive connection the server has just closed fails once; these reads are safe to repeat.
  const response = await send().catch((error: unknown) => {
    if ((error as { cause?: { code?: string } }).cause?.code === 'UND_ERR_SOCKET') return send();
    throw error;
  });
  const body = (await response.json()) as { message?: string };
  return { status: response.status, body, ms: performance.now() - started };
}

/** Requests until one answers with the status, returning how long that took from `since`. */
async function untilStatus(status: number, since: number, withinMs: number): Promise<number> {
  while (performance.now() - since < withinMs) {
    if ((await timed(PATH)).status === status) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${status} within ${withinMs} ms`);
}

const timings: Record<string, number> = {};

afterAll(async () => {
  if (!legacyEnabled()) return;
  spawnSync('kill', ['-CONT', String(legacyPid())]);
  // The certificate-model connection local -> legacy is what the later suites expect.
  await adminClient(LEGACY_CLUSTER_ID).cluster.health({ wait_for_status: 'yellow', timeout: '60s' });
  ensureLegacyConnection();
  console.info(`[hung-cluster] ${JSON.stringify(timings)}`);
});

describe.runIf(legacyEnabled())('a registered cluster that hangs or stops', () => {
  it('fails fast while paused, keeps /api/health under a second, and recovers within seconds', async () => {
    expect((await timed(PATH)).status).toBe(200);

    const paused = performance.now();
    spawnSync('kill', ['-STOP', String(legacyPid())]);
    timings.firstFastFailureMs = Math.round(await untilStatus(503, paused, 10_000));

    const failures = await Promise.all(Array.from({ length: 5 }, () => timed(PATH)));
    for (const failure of failures) {
      expect(failure.status).toBe(503);
      expect(failure.ms).toBeLessThan(2_000);
      expect(failure.body.message).toMatch(/^Legacy \(sandbox\) has not answered since \d{4}-\d\d-\d\dT/);
    }
    timings.slowestFailureMs = Math.round(Math.max(...failures.map((failure) => failure.ms)));

    const health = await timed('/api/health');
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1_000);
    expect(JSON.stringify(health.body)).toContain('"id":"legacy","displayName":"Legacy (sandbox)","reachable":false');
    timings.healthMs = Math.round(health.ms);

    const resumed = performance.now();
    spawnSync('kill', ['-CONT', String(legacyPid())]);
    timings.recoveryAfterResumeMs = Math.round(await untilStatus(200, resumed, 5_000));
  });

  it('fails fast while stopped, and recovers within seconds of answering after a restart', async () => {
    const pid = legacyPid();
    const stopped = performance.now();
    spawnSync('kill', ['-TERM', String(pid)]);
    timings.firstFailureAfterStopMs = Math.round(await untilStatus(503, stopped, 15_000));
    const failure = await timed(PATH);
    expect(failure.status).toBe(503);
    expect(failure.ms).toBeLessThan(2_000);

    // Wait for the node to be gone, then start it again with the sandbox script, as an administrator would.
    while (spawnSync('kill', ['-0', String(pid)]).status === 0)
      await new Promise((resolve) => setTimeout(resolve, 200));
    const started = spawnSync('bash', ['scripts/sandbox.sh', 'up'], { encoding: 'utf8', env: process.env });
    expect(started.status, started.stderr).toBe(0);
    const answering = performance.now();
    timings.recoveryAfterRestartMs = Math.round(await untilStatus(200, answering, 5_000));
  });
});
