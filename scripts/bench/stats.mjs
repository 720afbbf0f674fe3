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

/** Runs a and b `iterations` times each, alternating a-b / b-a, after `warmup` untimed rounds. */
export async function interleave(a, b, { warmup, iterations }) {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const samples = { a: [], b: [] };
  for (let i = 0; i < iterations; i++) {
    if (i % 2 === 0) {
      samples.a.push(await timed(a));
      samples.b.push(await timed(b));
    } else {
      samples.b.push(await timed(b));
      samples.a.push(await timed(a));
    }
  }
  return { a: summarize(samples.a), b: summarize(samples.b), raw: samples };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
