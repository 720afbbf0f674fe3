import 'server-only';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { SessionGrant } from '@/lib/server/auth/session-token';
import { getConfig } from '@/lib/server/config';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { readClusterIdentity } from '@/lib/server/elasticsearch/cluster-identity';
import { probeCluster } from '@/lib/server/health';

const READ_TIMEOUT_MS = 3_000;

/**
 * Every registered cluster with reachability, and, where the session is signed in, the version and licence
 * read with that sign-in. A REST caller's Authorization header is never sent to clusters it did not address,
 * so header callers get reachability only.
 */
export async function listRegisteredClusters(grants: Map<string, SessionGrant>): Promise<RegisteredClusterView[]> {
  const config = getConfig();
  return Promise.all(
    config.clusters.map(async (cluster): Promise<RegisteredClusterView> => {
      const grant = grants.get(cluster.id);
      const liveness = await probeCluster(cluster);
      // A silent cluster is not asked for details: the list answers at once.
      const details = grant && liveness.reachable ? await readDetails(cluster, grant) : undefined;
      return {
        id: cluster.id,
        displayName: cluster.displayName,
        isDefault: cluster.id === config.defaultClusterId,
        reachable: liveness.reachable,
        signedIn: grant !== undefined,
        username: grant?.session.username ?? null,
        version: details?.version ?? null,
        licence: details?.licence ?? null,
        deployment: cluster.deployment ?? null,
      };
    }),
  );
}

async function readDetails(cluster: Parameters<typeof clientAs>[0], grant: SessionGrant) {
  const client = clientAs(cluster, grant.credentials);
  const [identity, licence] = await Promise.all([
    readClusterIdentity(client),
    client.license.get({}, { requestTimeout: READ_TIMEOUT_MS, maxRetries: 0 }).then(
      (response) => ({ type: String(response.license.type), status: String(response.license.status) }),
      () => null,
    ),
  ]);
  return { version: identity?.version ?? null, licence };
}
