import type { RawRole, RoleView } from '@/lib/roles/model';

// In the certificate model the remote authorises a local user by the NAMES of their roles, with the remote's roles
// of those names. In the API-key model the local role must say it itself, as remote_indices. So for each local
// role that has a namesake on the remote, the namesake's index privileges are the natural remote_indices.

export interface RoleSuggestion {
  name: string;
  /** The remote_indices entries that reproduce what the remote's role of the same name grants. */
  remoteIndices: Record<string, unknown>[];
  /** Where they come from, in words. */
  source: string;
}

export function suggestRemoteIndices(
  localRoles: RoleView[],
  remoteRoles: Record<string, RawRole>,
  alias: string,
): RoleSuggestion[] {
  return localRoles
    .filter((role) => !role.reserved && remoteRoles[role.name] && (remoteRoles[role.name]?.indices?.length ?? 0) > 0)
    .map((role) => {
      const remote = remoteRoles[role.name]!;
      const remoteIndices = (remote.indices ?? []).map((entry) => ({
        clusters: [alias],
        names: entry.names,
        privileges: entry.privileges,
        ...(entry.field_security ? { field_security: entry.field_security } : {}),
        ...(entry.query !== undefined ? { query: entry.query } : {}),
        ...(entry.allow_restricted_indices ? { allow_restricted_indices: true } : {}),
      }));
      return {
        name: role.name,
        remoteIndices,
        source: `the role "${role.name}" on the remote grants ${grantsText(remote.indices ?? [])}`,
      };
    });
}

/** "read, view_index_metadata on logs-*; read on metrics-*" */
function grantsText(indices: { privileges: string[]; names: string[] }[]): string {
  return indices.map((entry) => `${entry.privileges.join(', ')} on ${entry.names.join(', ')}`).join('; ');
}
