// Scenarios 1 and 2: what the console adds to the remote-clusters list. The console's
// GET /api/remote_clusters?refresh=true (a read made now, not the shared one) is timed against the same three
// Elasticsearch reads made directly in parallel with the same credentials over kept-alive connections, so the
// ratio is the console's own cost: one more HTTP hop, Next's routing, auth, merging and JSON out.
//
// Elasticsearch protection: with many unreachable remotes, each _resolve/cluster call holds about 8 MB of
// heap for some 30 s on 9.5.4 (measured with 200 remotes), so calls in quick succession fill a small heap;
// back-to-back calls took the sandbox's 512 MB node down with an OutOfMemoryError. Hence `gapMs` between
// calls for big remote sets, and a heap check before each round that pauses, then stops the scenario early.
import { interleave, sleep, summarize } from './stats.mjs';

const HEAP_LIMIT_PERCENT = 85;

export async function compareList({
  label,
  es,
  consoleUrl,
  authorization,
  expectAliases,
  warmup,
  iterations,
  gapMs = 0,
}) {
  const direct = () => es.listReads();
  const viaConsole = async () => {
    const response = await fetch(`${consoleUrl}/api/remote_clusters?refresh=true`, { headers: { authorization } });
    const text = await response.text();
    if (!response.ok) throw new Error(`console list: ${response.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };

  // Sanity check before timing: the console must be listing the remotes this scenario created.
  const listed = await viaConsole();
  const names = new Set(listed.map((remote) => remote.name));
  const missing = expectAliases.filter((alias) => !names.has(alias));
  if (missing.length > 0) throw new Error(`${label}: the console does not list ${missing.slice(0, 5).join(', ')}`);

  let maxHeapPercent = 0;
  const heapOk = async () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const percent = await es.heapUsedPercent();
      maxHeapPercent = Math.max(maxHeapPercent, percent);
      if (percent < HEAP_LIMIT_PERCENT) return true;
      await sleep(5000); // give Elasticsearch time to release what the last calls held
    }
    console.warn(
      `[bench] ${label}: Elasticsearch heap stayed at or above ${HEAP_LIMIT_PERCENT}%: stopping this scenario early`,
    );
    return false;
  };

  const { a, b, stoppedEarly } = await interleave(direct, viaConsole, {
    warmup,
    iterations,
    gapMs,
    beforeRound: heapOk,
  });
  return {
    label,
    remotesListed: listed.length,
    direct: a,
    console: b,
    ratio: b.median / a.median,
    gapMs,
    maxHeapPercent,
    stoppedEarly,
  };
}

/**
 * Where the console's time goes when it is over target: the same console answering from its shared read (no
 * Elasticsearch call: Next plus the app's own work) and serving a static file (Next alone), against a bare
 * Node HTTP server on the same machine (the cost of any HTTP hop). Interleaved, like the comparison above.
 */
export async function measureFloors({ consoleUrl, authorization, iterations }) {
  const { createServer } = await import('node:http');
  const bare = createServer((request, response) => response.end('{}'));
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const get =
    (url, headers = {}) =>
    async () =>
      (await fetch(url, { headers })).text();
  const variants = {
    bareNode: get(`http://127.0.0.1:${bare.address().port}/`),
    nextStaticFile: get(`${consoleUrl}/icon.svg`),
    consoleSharedRead: get(`${consoleUrl}/api/remote_clusters`, { authorization }),
  };
  const samples = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
  try {
    for (const fn of Object.values(variants)) await fn();
    for (let i = 0; i < iterations; i++) {
      for (const [name, fn] of Object.entries(variants)) {
        const start = performance.now();
        await fn();
        samples[name].push(performance.now() - start);
      }
    }
  } finally {
    bare.close();
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, summarize(values)]));
}
