import 'server-only';
import { errors } from '@elastic/elasticsearch';
import type { RegisteredCluster } from '@/lib/config/schema';
import { getConfig } from '@/lib/server/config';
import { anonymousClient } from '@/lib/server/elasticsearch/clients';
import { ApiError } from '@/lib/server/http/api-error';

// A cluster whose node is paused (or gone) would hold every request for the client's 30 s timeout. Each console
// process watches its registered clusters with a tiny anonymous probe: any HTTP answer, even a 401, means it
// answers. When a probe gets none, the cluster is "silent": requests to it fail at once with a 503 naming the
// last answer, and requests already waiting on it are released with the same 503. Probes continue, faster,
// until one is answered, and the cluster is back for the next request. This is a per-process observation, not
// shared state: each process learns it for itself within one probe interval.

/** How long a probe waits for an answer: a live cluster answers an anonymous authenticate in milliseconds. */
const PROBE_TIMEOUT_MS = 1_500;
const WATCH_EVERY_MS = 2_000;
const SILENT_WATCH_EVERY_MS = 500;

interface Availability {
  answering: boolean | undefined;
  lastAnswerAt: number | undefined;
  silentSince: number | undefined;
  probe?: Promise<boolean>;
  timer?: NodeJS.Timeout;
  /** Requests waiting on the cluster, released when it falls silent. */
  waiting: Set<(error: ApiError) => void>;
}

const byCluster = new Map<string, Availability>();

function availabilityOf(clusterId: string): Availability {
  let availability = byCluster.get(clusterId);
  if (!availability) {
    availability = { answering: undefined, lastAnswerAt: undefined, silentSince: undefined, waiting: new Set() };
    byCluster.set(clusterId, availability);
  }
  return availability;
}

export function silenceError(cluster: RegisteredCluster, availability = availabilityOf(cluster.id)): ApiError {
  const since = availability.lastAnswerAt ?? availability.silentSince ?? Date.now();
  return new ApiError(503, `${cluster.displayName} has not answered since ${new Date(since).toISOString()}.`, {
    clusterId: cluster.id,
    lastAnswerAt: availability.lastAnswerAt === undefined ? null : new Date(availability.lastAnswerAt).toISOString(),
    silentSince: new Date(availability.silentSince ?? since).toISOString(),
  });
}

function record(cluster: RegisteredCluster, answered: boolean): void {
  const availability = availabilityOf(cluster.id);
  const now = Date.now();
  if (answered) {
    availability.answering = true;
    availability.lastAnswerAt = now;
    availability.silentSince = undefined;
    return;
  }
  const wasAnswering = availability.answering !== false;
  availability.answering = false;
  availability.silentSince ??= now;
  if (wasAnswering) {
    console.warn(`[clusters] ${cluster.id} did not answer a probe within ${PROBE_TIMEOUT_MS} ms: failing fast`);
    const error = silenceError(cluster, availability);
    for (const release of availability.waiting) release(error);
    availability.waiting.clear();
  }
}

/** One probe at a time per cluster; callers that ask meanwhile share it. */
export function probe(cluster: RegisteredCluster): Promise<boolean> {
  const availability = availabilityOf(cluster.id);
  availability.probe ??= anonymousClient(cluster)
    .security.authenticate(undefined, { requestTimeout: PROBE_TIMEOUT_MS, maxRetries: 0 })
    .then(
      () => true,
      (error: unknown) => error instanceof errors.ResponseError,
    )
    .then((answered) => {
      availability.probe = undefined;
      record(cluster, answered);
      return answered;
    });
  return availability.probe;
}

function watch(cluster: RegisteredCluster): void {
  const availability = availabilityOf(cluster.id);
  if (availability.timer) return;
  const next = () => {
    const every = availability.answering === false ? SILENT_WATCH_EVERY_MS : WATCH_EVERY_MS;
    availability.timer = setTimeout(() => void probe(cluster).finally(next), every);
    // The watch never keeps the process alive on its own.
    availability.timer.unref();
  };
  next();
}

/** Starts watching every registered cluster (once per process); the first probe of each runs now. */
export function watchRegisteredClusters(): void {
  for (const cluster of getConfig().clusters) {
    if (availabilityOf(cluster.id).timer) continue;
    void probe(cluster);
    watch(cluster);
  }
}

/** What this process knows: true, false, or undefined before the first probe has answered or failed. */
export function isAnswering(cluster: RegisteredCluster): boolean | undefined {
  return availabilityOf(cluster.id).answering;
}

/** False only for a cluster known to be silent: a sign-in to it is refused at once instead of after 30 s. */
export function mayAnswer(cluster: RegisteredCluster): boolean {
  watchRegisteredClusters();
  return availabilityOf(cluster.id).answering !== false;
}

/** A 503 at once for a cluster known to be silent, before any request is sent to it. */
export function requireAnswering(cluster: RegisteredCluster): void {
  watchRegisteredClusters();
  const availability = availabilityOf(cluster.id);
  if (availability.answering === false) throw silenceError(cluster, availability);
}

function isSilence(error: unknown): boolean {
  return error instanceof errors.TimeoutError || error instanceof errors.ConnectionError;
}

/**
 * Runs work that talks to the cluster, released with a 503 as soon as the cluster is found silent. A request that
 * itself times out or cannot connect asks for a probe at once, so the next requests need not wait for the watch.
 */
export async function whileAnswering<T>(cluster: RegisteredCluster, work: () => Promise<T>): Promise<T> {
  const availability = availabilityOf(cluster.id);
  let release: ((error: ApiError) => void) | undefined;
  const silenced = new Promise<never>((_, reject) => {
    release = reject;
  });
  // Never an unhandled rejection: the race below is what reports it.
  silenced.catch(() => undefined);
  availability.waiting.add(release as (error: ApiError) => void);
  try {
    return await Promise.race([work(), silenced]);
  } catch (error) {
    if (isSilence(error) && !(await probe(cluster))) throw silenceError(cluster);
    throw error;
  } finally {
    availability.waiting.delete(release as (error: ApiError) => void);
  }
}
