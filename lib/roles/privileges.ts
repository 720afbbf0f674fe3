import type { RoleBody } from './schema';

/** GET _security/privilege/_builtin: what this cluster's version knows (remote_cluster from 8.15). */
export interface BuiltinPrivileges {
  cluster: string[];
  index: string[];
  remote_cluster?: string[];
}

// Besides the named privileges Elasticsearch accepts patterns over action names ("cluster:monitor/*",
// "indices:data/read/*"), so those pass here and Elasticsearch has the last word on them.
const CLUSTER_ACTION = /^(cluster|internal):\S+$/;
const INDEX_ACTION = /^indices:\S+$/;

/**
 * Per-field messages for privileges this cluster does not know, in the paths the role form shows ("indices.0.privileges.1").
 * Empty when every privilege is known.
 */
export function unknownPrivileges(role: RoleBody, builtin: BuiltinPrivileges, version?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const cluster = new Set(builtin.cluster);
  const index = new Set(builtin.index);
  const remoteCluster = new Set(builtin.remote_cluster ?? []);
  const onThis = version ? ` on this cluster (${version})` : ' on this cluster';
  role.cluster?.forEach((privilege, i) => {
    if (!cluster.has(privilege) && !CLUSTER_ACTION.test(privilege)) errors[`cluster.${i}`] = `"${privilege}" is not a cluster privilege${onThis}`;
  });
  const checkIndex = (field: 'indices' | 'remote_indices') =>
    role[field]?.forEach((entry, i) =>
      entry.privileges.forEach((privilege, j) => {
        if (!index.has(privilege) && !INDEX_ACTION.test(privilege)) errors[`${field}.${i}.privileges.${j}`] = `"${privilege}" is not an index privilege${onThis}`;
      }),
    );
  checkIndex('indices');
  checkIndex('remote_indices');
  role.remote_cluster?.forEach((entry, i) =>
    entry.privileges.forEach((privilege, j) => {
      if (!remoteCluster.has(privilege)) errors[`remote_cluster.${i}.privileges.${j}`] = `"${privilege}" is not available${onThis} (remote cluster privileges need 8.15, monitor_stats 8.17)`;
    }),
  );
  return errors;
}
