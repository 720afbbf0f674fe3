import { meets, ruleMessage } from '@/lib/version-rules';
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
 * Per-field messages for privileges this cluster does not know, in the paths the role form shows
 * ("indices.0.privileges.1").
 * Empty when every privilege is known.
 */
export function unknownPrivileges(
  role: RoleBody,
  builtin: BuiltinPrivileges,
  version?: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const cluster = new Set(builtin.cluster);
  const index = new Set(builtin.index);
  const remoteCluster = new Set(builtin.remote_cluster ?? []);
  const onThis = version ? ` on this cluster (${version})` : ' on this cluster';
  role.cluster?.forEach((privilege, i) => {
    if (!cluster.has(privilege) && !CLUSTER_ACTION.test(privilege))
      errors[`cluster.${i}`] = `"${privilege}" is not a cluster privilege${onThis}`;
  });
  const checkIndex = (field: 'indices' | 'remote_indices') =>
    role[field]?.forEach((entry, i) =>
      entry.privileges.forEach((privilege, j) => {
        if (!index.has(privilege) && !INDEX_ACTION.test(privilege))
          errors[`${field}.${i}.privileges.${j}`] = `"${privilege}" is not an index privilege${onThis}`;
      }),
    );
  checkIndex('indices');
  checkIndex('remote_indices');
  // Which version brings which remote cluster privilege is the version rules' to say (versionRuleErrors).
  role.remote_cluster?.forEach((entry, i) =>
    entry.privileges.forEach((privilege, j) => {
      if (!remoteCluster.has(privilege))
        errors[`remote_cluster.${i}.privileges.${j}`] = `"${privilege}" is not a remote cluster privilege${onThis}`;
    }),
  );
  return { ...errors, ...versionRuleErrors(role, version) };
}

/**
 * The fields this cluster's version refuses, each with the rule (what needs which version, and what to do):
 * remote_indices (8.10), remote_cluster and description (8.15), monitor_stats (8.17). Elasticsearch's own
 * answers to these are a bare "failed to parse" or "unknown field", so the console names the rule instead.
 */
export function versionRuleErrors(role: RoleBody, version: string | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!version) return errors;
  const onThis = 'this cluster';
  if (role.remote_indices?.length && !meets(version, 'api_key_model'))
    errors.remote_indices = ruleMessage('api_key_model', onThis, version);
  if (role.remote_cluster?.length && !meets(version, 'remote_cluster_privileges'))
    errors.remote_cluster = ruleMessage('remote_cluster_privileges', onThis, version);
  if (role.description && !meets(version, 'role_description'))
    errors.description = ruleMessage('role_description', onThis, version);
  if (!meets(version, 'monitor_stats')) {
    role.remote_cluster?.forEach((entry, i) =>
      entry.privileges.forEach((privilege, j) => {
        if (privilege === 'monitor_stats')
          errors[`remote_cluster.${i}.privileges.${j}`] = ruleMessage('monitor_stats', onThis, version);
      }),
    );
  }
  return errors;
}
