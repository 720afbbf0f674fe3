// Scenario 3: many open pages polling the list. Each simulated browser calls GET /api/remote_clusters (no
// refresh) once per refresh interval at its own random phase, as SWR does in a visible tab. What matters is
// not the console's latency but how often Elasticsearch is really asked: that is read from Elasticsearch's
// own per-route request counters (_nodes/stats/http), before and after, so no console-side bookkeeping is
// trusted. An idle window of the same length first measures background traffic from anything else.
// `extraHeaders` lets a run send what a real browser sends: the UI's fetch(..., { cache: 'no-store' }) makes
// Chromium add "Cache-Control: no-cache" and "Pragma: no-cache" (checked in Playwright), which the server
// reads as a manual refresh.
import { ROUTES } from './es.mjs';
import { sleep, summarize } from './stats.mjs';

function delta(before, after) {
  return Object.fromEntries(
    Object.entries(ROUTES).map(([name, route]) => [name, (after[route] ?? 0) - (before[route] ?? 0)]),
  );
}

export async function runPollers({
  label,
  es,
  consoleUrl,
  credentials,
  extraHeaders = {},
  pollers,
  intervalMs,
  intervals,
}) {
  const durationMs = intervalMs * intervals;

  // Background: the same window with no pollers (other consoles or tests may be using this cluster).
  const idleBefore = await es.routeCounts();
  await sleep(durationMs);
  // (The idle window is longer than the refresh interval, so it also ages out any earlier shared read.)
  const background = delta(idleBefore, await es.routeCounts());

  const before = await es.routeCounts();
  const start = performance.now();
  const latencies = [];
  const failures = [];
  const poll = async (headers) => {
    const sent = performance.now();
    try {
      const response = await fetch(`${consoleUrl}/api/remote_clusters`, { headers });
      const text = await response.text();
      if (!response.ok) failures.push(`${response.status} ${text.slice(0, 120)}`);
    } catch (error) {
      failures.push(String(error));
    }
    latencies.push(performance.now() - sent);
  };
  const browser = async (index) => {
    const headers = { ...credentials[index % credentials.length], ...extraHeaders };
    const phase = Math.random() * intervalMs;
    const pending = [];
    for (let k = 0; k < intervals; k++) {
      const due = start + phase + k * intervalMs;
      await sleep(Math.max(0, due - performance.now()));
      pending.push(poll(headers)); // a slow answer does not delay the next poll, as with SWR's timer
    }
    await Promise.all(pending);
  };
  await Promise.all(Array.from({ length: pollers }, (_, index) => browser(index)));
  const calls = delta(before, await es.routeCounts());

  // Net of background, so another console polling the same cluster does not count against this one.
  const net = Object.fromEntries(
    Object.entries(calls).map(([name, count]) => [name, Math.max(0, count - background[name])]),
  );
  const listSets = Math.max(net.settings, net.remoteInfo, net.resolveCluster);
  return {
    label,
    extraHeaders,
    pollers,
    intervalMs,
    intervals,
    credentials: credentials.length,
    requests: latencies.length,
    failures: failures.length,
    firstFailure: failures[0],
    latency: summarize(latencies),
    esCalls: calls,
    backgroundCalls: background,
    setsPerInterval: listSets / intervals,
    hasPrivilegesPerInterval: net.hasPrivileges / intervals,
  };
}
