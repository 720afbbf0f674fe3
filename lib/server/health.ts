import 'server-only';
import { errors } from '@elastic/elasticsearch';
import type { RegisteredCluster } from '@/lib/config/schema';
import { anonymousClient, clientAs } from '@/lib/server/elasticsearch/clients';
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

const PROBE_TIMEOUT_MS = 3_000;

/** Any HTTP answer, even 401, proves the cluster is up; only the absence of one means it is not. */
export async function probeCluster(cluster: RegisteredCluster): Promise<ClusterLiveness> {
  let reachable = true;
  try {
    await anonymousClient(cluster).security.authenticate(undefined, {
      requestTimeout: PROBE_TIMEOUT_MS,
      maxRetries: 0,
    });
  } catch (error) {
    reachable = error instanceof errors.ResponseError;
  }
  return { id: cluster.id, displayName: cluster.displayName, reachable };
}

/** Name, version and health as the caller sees them (fields the caller may not read stay null). */
export async function clusterDetail(cluster: RegisteredCluster, credentials: EsCredentials): Promise<ClusterDetail> {
  const client = clientAs(cluster, credentials);
  const [identity, health] = await Promise.all([
    readClusterIdentity(client),
    client.cluster.health({}, { requestTimeout: PROBE_TIMEOUT_MS }).catch(() => undefined),
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
    body.signedIn = { clusterId: cluster.id, ...(await clusterDetail(cluster, caller.credentials)) };
  }
  return body;
}
