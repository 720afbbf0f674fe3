import 'server-only';
import { randomUUID } from 'node:crypto';
import { errors, type Client } from '@elastic/elasticsearch';
import { ApiError } from '@/lib/server/http/api-error';

// Cluster settings have no compare-and-set, and several console processes may serve one cluster, so a save's
// read-check-write runs under a lock kept in Elasticsearch itself: one document, created with op_type=create
// (only one writer can create it) and removed with if_seq_no/if_primary_term (only by its holder). It carries an
// expiry, so a writer that crashed while holding it frees it after LOCK_TTL_MS.

export const LOCK_INDEX = 'remote-clusters-console-locks';
const LOCK_ID = 'remote-cluster-settings';
const LOCK_TTL_MS = 15_000;
/** How long a save waits for another one to finish before it gives up with a 409. */
const ACQUIRE_WITHIN_MS = 10_000;

interface LockDocument {
  holder: string;
  acquiredAt: string;
  expiresAt: string;
}

interface HeldLock {
  seqNo: number;
  primaryTerm: number;
}

const isStatus = (error: unknown, status: number) =>
  error instanceof errors.ResponseError && error.statusCode === status;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The lock index, hidden and small; made once per cluster and process, and by whichever writer comes first. */
const prepared = new Set<string>();
async function prepareIndex(es: Client, clusterId: string): Promise<void> {
  if (prepared.has(clusterId)) return;
  try {
    await es.indices.create({
      index: LOCK_INDEX,
      settings: { hidden: true, number_of_shards: 1, auto_expand_replicas: '0-1' },
    });
  } catch (error) {
    const type = (error as errors.ResponseError).body as { error?: { type?: string } } | undefined;
    if (!(isStatus(error, 400) && type?.error?.type === 'resource_already_exists_exception')) throw error;
  }
  prepared.add(clusterId);
}

/**
 * Deletes the lock document only if it is still that very version (a conditional delete); false when it is gone
 * or was replaced meanwhile, which both mean there is nothing of the caller's to remove.
 */
async function deleteIfStill(es: Client, lock: HeldLock): Promise<boolean> {
  try {
    await es.delete({ index: LOCK_INDEX, id: LOCK_ID, if_seq_no: lock.seqNo, if_primary_term: lock.primaryTerm });
    return true;
  } catch (error) {
    if (isStatus(error, 404) || isStatus(error, 409)) return false;
    throw error;
  }
}

/** Frees a lock whose holder is gone; released or freed by someone else meanwhile: the next create decides. */
async function freeIfExpired(es: Client, now: number): Promise<void> {
  let current;
  try {
    current = await es.get<LockDocument>({ index: LOCK_INDEX, id: LOCK_ID });
  } catch (error) {
    if (isStatus(error, 404)) return;
    throw error;
  }
  const expiresAt = Date.parse(current._source?.expiresAt ?? '');
  if (!(expiresAt <= now) || current._seq_no === undefined || current._primary_term === undefined) return;
  await deleteIfStill(es, { seqNo: current._seq_no, primaryTerm: current._primary_term });
}

async function acquire(es: Client, clusterId: string, holder: string): Promise<HeldLock> {
  await prepareIndex(es, clusterId);
  const deadline = Date.now() + ACQUIRE_WITHIN_MS;
  for (let attempt = 0; ; attempt += 1) {
    const now = Date.now();
    try {
      const created = await es.create<LockDocument>({
        index: LOCK_INDEX,
        id: LOCK_ID,
        document: {
          holder,
          acquiredAt: new Date(now).toISOString(),
          expiresAt: new Date(now + LOCK_TTL_MS).toISOString(),
        },
      });
      // Elasticsearch always sends both for a created document; the types allow their absence.
      return { seqNo: created._seq_no ?? -1, primaryTerm: created._primary_term ?? -1 };
    } catch (error) {
      if (!isStatus(error, 409)) throw error;
    }
    if (Date.now() >= deadline) {
      throw new ApiError(409, 'Another change to the remote clusters is being saved right now. Try again in a moment.');
    }
    await freeIfExpired(es, Date.now());
    // Short, growing, jittered waits: saves take tens of milliseconds.
    await pause(Math.min(250, 20 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random()));
  }
}

async function release(es: Client, lock: HeldLock): Promise<void> {
  // Already freed as expired: nothing of ours to remove. A failure: it expires on its own.
  await deleteIfStill(es, lock).catch((error: unknown) => {
    console.warn(`[remote-clusters] the settings lock was not released: ${(error as Error).name}`);
  });
}

export type LockOutcome = 'held' | 'not permitted';

/**
 * Runs `work` while holding the settings lock of the cluster `es` talks to, as the caller. A caller Elasticsearch
 * does not let write the lock index (403) still saves, with the version check and read-back alone: the README says
 * which privileges the lock needs.
 */
export async function withSettingsLock<T>(
  es: Client,
  clusterId: string,
  work: (outcome: LockOutcome) => Promise<T>,
): Promise<T> {
  let lock: HeldLock;
  try {
    lock = await acquire(es, clusterId, randomUUID());
  } catch (error) {
    if (isStatus(error, 403)) return work('not permitted');
    throw error;
  }
  try {
    return await work('held');
  } finally {
    await release(es, lock);
  }
}
