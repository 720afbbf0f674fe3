import type { RoleBody } from './schema';

// Roles as the console shows them: the descriptor as Elasticsearch returns it, plus what the list needs to know
// at a glance (reserved or not, remote privileges or not).

/** One role from GET _security/role: the descriptor with the read-only parts Elasticsearch adds. */
export interface RawRole extends Omit<RoleBody, 'indices' | 'remote_indices'> {
  indices?: (NonNullable<RoleBody['indices']>[number] & { query?: unknown })[];
  remote_indices?: (NonNullable<RoleBody['remote_indices']>[number] & { query?: unknown })[];
  metadata?: Record<string, unknown>;
  transient_metadata?: { enabled?: boolean };
}

export interface RoleView {
  name: string;
  /** Built into Elasticsearch (metadata._reserved): readable, never writable. */
  reserved: boolean;
  /** Disabled by the licence (transient_metadata.enabled false), e.g. a feature the licence lacks. */
  enabled: boolean;
  description: string | null;
  remoteClusters: string[];
  hasRemotePrivileges: boolean;
  role: RawRole;
}

export function toRoleView(name: string, role: RawRole): RoleView {
  const remoteClusters = [
    ...new Set([...(role.remote_indices ?? []), ...(role.remote_cluster ?? [])].flatMap((entry) => entry.clusters)),
  ].sort();
  return {
    name,
    reserved: role.metadata?._reserved === true,
    enabled: role.transient_metadata?.enabled !== false,
    description: role.description ?? null,
    remoteClusters,
    hasRemotePrivileges: (role.remote_indices?.length ?? 0) > 0 || (role.remote_cluster?.length ?? 0) > 0,
    role,
  };
}

/** The body to write back for an edit or a clone: the descriptor without what Elasticsearch adds itself. */
export function writableBody(role: RawRole): Record<string, unknown> {
  const { transient_metadata: _ignored, metadata, ...rest } = role;
  void _ignored;
  const ownMetadata = Object.fromEntries(Object.entries(metadata ?? {}).filter(([key]) => !key.startsWith('_')));
  return { ...rest, ...(Object.keys(ownMetadata).length > 0 ? { metadata: ownMetadata } : {}) };
}
