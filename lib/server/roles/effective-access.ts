import 'server-only';
import { deserializeCrossClusterApiKey, type RawApiKey } from '@/lib/cross-cluster-api-keys/model';
import { effectiveAccess, type EffectiveAccess } from '@/lib/roles/effective-access';
import type { RawRole } from '@/lib/roles/model';
import { resolveCaller } from '@/lib/server/auth/caller';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { ApiError } from '@/lib/server/http/api-error';
import { targetCluster, type ClusterTarget } from '@/lib/server/http/cluster-route';
import { getRemoteCluster } from '@/lib/server/remote-clusters/operations';
import { getRole } from './operations';

export interface EffectiveAccessQuery {
  alias: string;
  /** The registered cluster the remote is (where its cross-cluster API key lives), and the key's id there. */
  keyCluster?: string;
  keyId?: string;
}

/**
 * Reads the three sides (the role and the remote's security model on the local cluster; the key and the remote's
 * index names on the remote, as the caller's sign-in there) and intersects them. Read-only everywhere.
 */
export async function readEffectiveAccess(
  request: Request,
  target: ClusterTarget,
  roleName: string,
  query: EffectiveAccessQuery,
): Promise<EffectiveAccess> {
  const [role, remote] = await Promise.all([getRole(target, roleName), getRemoteCluster(target, query.alias)]);
  if (remote.securityModel === 'certificate' || !query.keyId || !query.keyCluster) {
    if (remote.securityModel === 'api_key') {
      throw new ApiError(
        400,
        'Invalid request: keyId: choose the cross-cluster API key behind this remote (on the remote cluster)',
        {
          fields: { keyId: 'choose the cross-cluster API key behind this remote (on the remote cluster)' },
        },
      );
    }
    return effectiveAccess({
      roleName,
      role: role.role as RawRole,
      alias: query.alias,
      securityModel: remote.securityModel,
      key: null,
      remoteIndices: null,
    });
  }
  const keyCluster = targetCluster(query.keyCluster);
  const remoteCaller = await resolveCaller(request, keyCluster);
  const remoteClient = clientAs(keyCluster, remoteCaller.credentials);
  const [keyResponse, remoteIndices] = await Promise.all([
    remoteClient.security.getApiKey({ id: query.keyId }),
    remoteClient.indices.resolveIndex({ name: '*', expand_wildcards: 'open' }).then(
      (resolved) => [...resolved.indices, ...resolved.aliases, ...resolved.data_streams].map((entry) => entry.name),
      // Without view_index_metadata on the remote the verdicts are per pattern only.
      () => null,
    ),
  ]);
  const raw = (keyResponse.api_keys as RawApiKey[])[0];
  if (!raw || raw.type !== 'cross_cluster')
    throw new ApiError(404, 'There is no cross-cluster API key with that id on the remote cluster.');
  const key = deserializeCrossClusterApiKey(raw, new Date());
  if (key.invalidated || key.expired) {
    return {
      ...effectiveAccess({
        roleName,
        role: role.role,
        alias: query.alias,
        securityModel: remote.securityModel,
        key: null,
        remoteIndices,
      }),
      warnings: [
        `The key "${key.name}" is ${key.invalidated ? 'invalidated' : 'expired'}: ` +
          `nothing reaches the remote through it.`,
      ],
    };
  }
  return effectiveAccess({
    roleName,
    role: role.role,
    alias: query.alias,
    securityModel: remote.securityModel,
    key: { id: key.id, name: key.name, accessSummary: key.accessSummary, access: key.access },
    remoteIndices,
  });
}
