import 'server-only';
import type { Client } from '@elastic/elasticsearch';
import { toRoleView, type RawRole, type RoleView } from '@/lib/roles/model';
import { unknownPrivileges, type BuiltinPrivileges } from '@/lib/roles/privileges';
import type { RoleBody } from '@/lib/roles/schema';
import { clusterVersionOf } from '@/lib/server/elasticsearch/version-aware-transport';
import { ApiError, describeError } from '@/lib/server/http/api-error';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { deleteEach, type BulkDeletion } from '@/lib/server/http/delete-each';
import { ownEntry } from '@/lib/own-entry';

export const ROLE_NOT_FOUND = 'There is no role with that name.';
export const ROLE_EXISTS = 'There is already a role with that name.';
export const reservedMessage = (name: string) =>
  `"${name}" is a built-in role of Elasticsearch: it can be read and cloned, not changed or deleted.`;

export async function listRoles(target: ClusterTarget): Promise<RoleView[]> {
  const roles = (await target.es.security.getRole()) as Record<string, RawRole>;
  return Object.entries(roles)
    .map(([name, role]) => toRoleView(name, role))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function getRole(target: ClusterTarget, name: string): Promise<RoleView> {
  const role = await findRole(target.es, name);
  if (!role) throw new ApiError(404, ROLE_NOT_FOUND);
  return toRoleView(name, role);
}

async function findRole(es: Client, name: string): Promise<RawRole | undefined> {
  try {
    return ownEntry((await es.security.getRole({ name })) as Record<string, RawRole>, name);
  } catch (error) {
    if (describeError(error).statusCode === 404) return undefined;
    throw error;
  }
}

/** The cluster's own privilege names and version: what the role form offers and the server checks. */
export async function builtinPrivileges(
  target: ClusterTarget,
): Promise<BuiltinPrivileges & { version: string | null }> {
  const es = target.es;
  // The version the client learned already (one probe per cluster), not another nodes info read per save.
  const [builtin, version] = await Promise.all([es.security.getBuiltinPrivileges(), clusterVersionOf(es)]);
  return { ...(builtin as unknown as BuiltinPrivileges), version };
}

/**
 * Creates or replaces a role after checking what Elasticsearch would refuse less clearly: privileges this version
 * does not know (per field), a built-in role, and (mode 'create') a name already taken.
 */
export async function putRole(
  target: ClusterTarget,
  name: string,
  body: RoleBody,
  mode: 'create' | 'upsert',
): Promise<RoleView> {
  const es = target.es;
  const [existing, builtin] = await Promise.all([findRole(es, name), builtinPrivileges(target)]);
  if (existing?.metadata?._reserved === true) throw new ApiError(400, reservedMessage(name));
  if (existing && mode === 'create') throw new ApiError(409, ROLE_EXISTS);
  const unknown = unknownPrivileges(body, builtin, builtin.version ?? undefined);
  if (Object.keys(unknown).length > 0) {
    const summary = Object.entries(unknown)
      .map(([field, message]) => `${field}: ${message}`)
      .join('; ');
    throw new ApiError(400, `Invalid request: ${summary}`, { fields: unknown });
  }
  await es.security.putRole({ name, ...body, refresh: 'wait_for' } as Parameters<Client['security']['putRole']>[0]);
  return getRole(target, name);
}

export type RoleDeletion = BulkDeletion;

export function deleteRoles(target: ClusterTarget, names: string[]): Promise<RoleDeletion> {
  const es = target.es;
  return deleteEach(names, async (name) => {
    const role = await findRole(es, name);
    if (!role) throw new ApiError(404, ROLE_NOT_FOUND);
    if (role.metadata?._reserved === true) throw new ApiError(400, reservedMessage(name));
    await es.security.deleteRole({ name, refresh: 'wait_for' });
  });
}
