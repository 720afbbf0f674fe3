// Summary statistics and the interleaved timing loop shared by the latency scenarios. Interleaving (and
// alternating which side goes first) spreads drift in the machine's load — a concurrent build, a JVM GC,
// Elasticsearch's own caches warming — over both sides evenly, which two sequential runs would not.

/** Linear-interpolated percentile of an unsorted array (p in 0..100). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function summarize(values) {
  return {
    n: values.length,
    median: percentile(values, 50),
    p90: percentile(values, 90),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Runs a and b `iterations` times each, alternating a-b / b-a, after `warmup` untimed rounds. `gapMs` spaces
 * the calls' starts (untimed); `beforeRound` may wait before each timed round, or return false to stop early.
 */
export async function interleave(a, b, { warmup, iterations, gapMs = 0, beforeRound = async () => true }) {
  let lastStart = -Infinity;
  const paced = async (fn) => {
    await sleep(lastStart + gapMs - performance.now());
    lastStart = performance.now();
    return timed(fn);
  };
  for (let i = 0; i < warmup; i++) {
    await paced(a);
    await paced(b);
  }
  const samples = { a: [], b: [] };
  for (let i = 0; i < iterations; i++) {
    if (!(await beforeRound(i))) break;
    if (i % 2 === 0) {
      samples.a.push(await paced(a));
      samples.b.push(await paced(b));
    } else {
      samples.b.push(await paced(b));
      samples.a.push(await paced(a));
    }
  }
  return { a: summarize(samples.a), b: summarize(samples.b), stoppedEarly: samples.a.length < iterations };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
