import 'server-only';
import type { RegisteredCluster } from '@/lib/config/schema';
import { isAnswering, probe, watchRegisteredClusters } from '@/lib/server/clusters/availability';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { readClusterIdentity } from '@/lib/server/elasticsearch/cluster-identity';
import type { EsCredentials } from '@/lib/server/elasticsearch/credentials';
import { resolveCaller } from '@/lib/server/auth/caller';
import { readSessionGrant } from '@/lib/server/auth/read-session';
import { defaultCluster, findCluster, getConfig } from '@/lib/server/config';

export interface ClusterLiveness {
  id: string;
  displayName: string;
  reachable: boolean;
}

export interface ClusterDetail {
  clusterName: string | null;
  version: string | null;
  health: string | null;
}

/** /api/health answers within a second whatever the clusters do: details are read only this long. */
const DETAIL_TIMEOUT_MS = 800;
/** The first look at a cluster (no probe has finished yet) waits at most this long. */
const FIRST_PROBE_WAIT_MS = 700;

/**
 * Whether the cluster answers, as this process's watch knows it (clusters/availability.ts): any HTTP answer to
 * its probe, even 401, proves the cluster is up. Before the first probe has finished, it is awaited briefly.
 */
export async function probeCluster(cluster: RegisteredCluster): Promise<ClusterLiveness> {
  watchRegisteredClusters();
  let answering = isAnswering(cluster);
  if (answering === undefined) {
    answering = await Promise.race([
      probe(cluster),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), FIRST_PROBE_WAIT_MS).unref()),
    ]);
  }
  return { id: cluster.id, displayName: cluster.displayName, reachable: answering };
}

/** Name, version and health as the caller sees them (fields the caller may not read stay null). */
export async function clusterDetail(cluster: RegisteredCluster, credentials: EsCredentials): Promise<ClusterDetail> {
  const client = clientAs(cluster, credentials);
  const [identity, health] = await Promise.all([
    readClusterIdentity(client, DETAIL_TIMEOUT_MS),
    client.cluster.health({}, { requestTimeout: DETAIL_TIMEOUT_MS, maxRetries: 0 }).catch(() => undefined),
  ]);
  return {
    clusterName: identity?.clusterName ?? null,
    version: identity?.version ?? null,
    health: health?.status ?? null,
  };
}

/**
 * Liveness for anyone: the app answers, and which registered clusters answer (ids and names only). Signed-in
 * callers also get their cluster's name, version and health, read with their own credentials; a tool's
 * Authorization header applies to the default cluster.
 */
export async function healthReport(request: Request): Promise<Record<string, unknown>> {
  const clusters = await Promise.all(getConfig().clusters.map(probeCluster));
  const body: Record<string, unknown> = { status: 'ok', clusters };
  const hasHeader = request.headers.has('authorization');
  const grant = hasHeader ? null : await readSessionGrant();
  if (hasHeader || grant) {
    const cluster = (grant && findCluster(grant.session.clusterId)) || defaultCluster();
    const caller = await resolveCaller(request, cluster);
    const answering = clusters.find((liveness) => liveness.id === cluster.id)?.reachable === true;
    const detail = answering
      ? await clusterDetail(cluster, caller.credentials)
      : { clusterName: null, version: null, health: null };
    body.signedIn = { clusterId: cluster.id, ...detail };
  }
  return body;
}
