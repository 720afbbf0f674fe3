import 'server-only';
import { createHash } from 'node:crypto';
import { errors } from '@elastic/elasticsearch';
import { authorizationHeader, type EsCredentials } from '@/lib/server/elasticsearch/credentials';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { fetchRemoteClusterState, type RemoteClusterState } from './fetch-state';

// Fifty open tabs polling every ten seconds must not cost Elasticsearch fifty sets of reads. The list's reads
// (_cluster/settings, _remote/info, _resolve/cluster) return the same cluster-wide answer to everyone allowed
// to make them, so one read per cluster is shared: while it is in flight, and for one refresh interval after.
// Sharing never widens access: a caller other than the one whose credentials made the read gets it only once
// Elasticsearch confirms (_has_privileges) that they hold `monitor`, the cluster privilege those reads need.

interface SharedRead {
  credentialKey: string;
  promise: Promise<RemoteClusterState>;
  settledAt?: number;
}

const readsByCluster = new Map<string, SharedRead>();
/** "<cluster>:<credential fingerprint>" → until when its `monitor` privilege counts as confirmed. */
const confirmedMonitor = new Map<string, number>();

export interface SharedReadOptions {
  maxAgeMs: number;
  liveCheckSeconds: number;
  /** Skip a settled read (manual refresh); an in-flight one is still joined. */
  fresh?: boolean;
}

export async function readRemoteClusterState(
  target: ClusterTarget,
  options: SharedReadOptions,
): Promise<RemoteClusterState> {
  const credentialKey = fingerprint(target.credentials);
  const shared = readsByCluster.get(target.cluster.id);
  const usable =
    shared !== undefined &&
    (shared.settledAt === undefined || (!options.fresh && Date.now() - shared.settledAt < options.maxAgeMs));
  if (
    usable &&
    (shared.credentialKey === credentialKey || (await holdsMonitor(target, credentialKey, options.maxAgeMs)))
  ) {
    // If the read fails or is refused for its starter's own reasons (expired key, missing privilege), this caller
    // reads for itself: what Elasticsearch told one caller about their privileges is never shown to another.
    const someoneElses = shared.credentialKey !== credentialKey;
    return shared.promise.then(
      (state) => (someoneElses && state.answersOnlyItsCaller ? startRead(target, credentialKey, options) : state),
      (error: unknown) => {
        if (someoneElses && isAuthError(error)) return startRead(target, credentialKey, options);
        throw error;
      },
    );
  }
  return startRead(target, credentialKey, options);
}

/**
 * The shared read if it has settled within `maxAgeMs` and this caller may have it (they made it, or their `monitor`
 * privilege is already confirmed), else undefined; never waits on Elasticsearch. For a page's first rows: a read
 * already made is the fastest answer, and it includes the live check.
 */
export async function settledSharedRead(
  target: ClusterTarget,
  maxAgeMs: number,
): Promise<RemoteClusterState | undefined> {
  const shared = readsByCluster.get(target.cluster.id);
  if (shared?.settledAt === undefined || Date.now() - shared.settledAt >= maxAgeMs) return undefined;
  const credentialKey = fingerprint(target.credentials);
  const confirmed = (confirmedMonitor.get(`${target.cluster.id}:${credentialKey}`) ?? 0) > Date.now();
  if (shared.credentialKey !== credentialKey && !confirmed) return undefined;
  const state = await shared.promise;
  return shared.credentialKey !== credentialKey && state.answersOnlyItsCaller ? undefined : state;
}

/** After a write the next read must come from Elasticsearch. */
export function forgetSharedRead(clusterId: string): void {
  readsByCluster.delete(clusterId);
}

function startRead({ cluster, es }: ClusterTarget, credentialKey: string, options: SharedReadOptions) {
  const promise = fetchRemoteClusterState(es, options.liveCheckSeconds);
  const read: SharedRead = { credentialKey, promise };
  readsByCluster.set(cluster.id, read);
  promise.then(
    () => {
      read.settledAt = Date.now();
    },
    () => {
      if (readsByCluster.get(cluster.id) === read) readsByCluster.delete(cluster.id);
    },
  );
  return promise;
}

async function holdsMonitor({ cluster, es }: ClusterTarget, credentialKey: string, maxAgeMs: number) {
  const key = `${cluster.id}:${credentialKey}`;
  const now = Date.now();
  if ((confirmedMonitor.get(key) ?? 0) > now) return true;
  try {
    const answer = await es.security.hasPrivileges({ cluster: ['monitor'] });
    if (!answer.has_all_requested) return false;
    for (const [entry, until] of confirmedMonitor) if (until <= now) confirmedMonitor.delete(entry);
    confirmedMonitor.set(key, now + maxAgeMs);
    return true;
  } catch (error) {
    // Bad credentials: the caller's own read will fail with Elasticsearch's reason.
    if (isAuthError(error)) return false;
    throw error;
  }
}

function isAuthError(error: unknown): boolean {
  return error instanceof errors.ResponseError && (error.statusCode === 401 || error.statusCode === 403);
}

/** Only a digest is kept in memory, never the credential itself. */
function fingerprint(credentials: EsCredentials): string {
  return createHash('sha256').update(authorizationHeader(credentials)).digest('base64url');
}
