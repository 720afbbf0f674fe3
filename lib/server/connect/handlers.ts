import 'server-only';
import { z } from 'zod';
import { testIndexPatternSchema } from '@/lib/connect/schema';
import { readinessChecks } from '@/lib/connect/readiness';
import { resolveCaller } from '@/lib/server/auth/caller';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { ApiError } from '@/lib/server/http/api-error';
import { clusterRoute, targetCluster, type ClusterRef } from '@/lib/server/http/cluster-route';
import { parseName } from '@/lib/server/remote-clusters/handlers';
import { readClusterFacts } from './cluster-facts';
import { diagnoseRemote } from './diagnose';
import { reloadSecureSettings } from './reload-secure-settings';

// Routes of the connect flow: reload the keystore, check readiness of a pair of clusters, diagnose a remote.

const diagnosisQuerySchema = z.object({ index: testIndexPatternSchema.optional() });

export function reloadSecureSettingsRoute(request: Request, ref: ClusterRef) {
  return clusterRoute(request, ref, ({ cluster, credentials }) => reloadSecureSettings(clientAs(cluster, credentials)));
}

export function diagnosisRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, async (target) => {
    const name = parseName(rawName);
    const index = new URL(request.url).searchParams.get('index');
    const query = diagnosisQuerySchema.parse(index === null ? {} : { index });
    return diagnoseRemote(target, name, query.index);
  });
}

/**
 * Readiness of this cluster as the local side, and of ?remote=<id> as the remote side when given. The remote
 * is read with the caller's sign-in there (or the same Authorization header: a tool addressing two clusters
 * must hold credentials valid on both); without one, its checks are "unknown" rather than an error.
 */
export function readinessRoute(request: Request, ref: ClusterRef) {
  return clusterRoute(request, ref, async ({ cluster, credentials }) => {
    const remoteId = new URL(request.url).searchParams.get('remote');
    const remoteCluster = remoteId ? targetCluster(remoteId) : null;
    if (remoteCluster?.id === cluster.id)
      throw new ApiError(400, 'Invalid request: remote: must be another cluster than the local one');
    const remoteCaller = remoteCluster ? await resolveCaller(request, remoteCluster).catch(() => null) : null;
    const [local, remote] = await Promise.all([
      readClusterFacts(clientAs(cluster, credentials)),
      remoteCluster && remoteCaller ? readClusterFacts(clientAs(remoteCluster, remoteCaller.credentials)) : null,
    ]);
    return { local, remote, remoteSignedIn: remoteCaller !== null, checks: readinessChecks(local, remote) };
  });
}
