import 'server-only';
import { z } from 'zod';
import { remoteClusterNameSchema } from '@/lib/remote-clusters/schema';
import { roleBodySchema, roleNameSchema } from '@/lib/roles/schema';
import { newUserSchema, roleAssignmentSchema } from '@/lib/roles/users-schema';
import { ApiError } from '@/lib/server/http/api-error';
import { clusterRoute, type ClusterRef } from '@/lib/server/http/cluster-route';
import { readJsonBody } from '@/lib/server/http/json-body';
import { readEffectiveAccess } from './effective-access';
import { builtinPrivileges, deleteRoles, getRole, listRoles, putRole } from './operations';
import { assignRole, createUser, listUsers } from './users';

// /api/clusters/{id}/roles[...], /privileges and /users. Bodies are role descriptors exactly as Elasticsearch takes
// them; every input is parsed (and privileges checked against the cluster's own list) before anything is written.

const nameSchema = z.object({ name: roleNameSchema });
const createSchema = z.looseObject({ name: roleNameSchema });
const effectiveAccessQuerySchema = z.object({
  remote: remoteClusterNameSchema,
  keyCluster: z.string().min(1).max(63).optional(),
  keyId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be an API key id')
    .optional(),
});

function parseName(raw: string): string {
  return nameSchema.parse({ name: safeDecode(raw) }).name;
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export const listRolesRoute = (request: Request, ref: ClusterRef) => clusterRoute(request, ref, listRoles);
export const privilegesRoute = (request: Request, ref: ClusterRef) => clusterRoute(request, ref, builtinPrivileges);
export const listUsersRoute = (request: Request, ref: ClusterRef) => clusterRoute(request, ref, listUsers);

/** POST /roles: create only (409 when the name is taken), for the create and clone forms. */
export function createRoleRoute(request: Request, ref: ClusterRef) {
  return clusterRoute(request, ref, async (target) => {
    const { name, ...body } = createSchema.parse(await readJsonBody(request));
    return putRole(target, name, roleBodySchema.parse(body), 'create');
  });
}

export function getRoleRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, (target) => getRole(target, parseName(rawName)));
}

/** PUT /roles/{name}: create or replace, as Elasticsearch's own PUT does. */
export function putRoleRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, async (target) => {
    const name = parseName(rawName);
    return putRole(target, name, roleBodySchema.parse(await readJsonBody(request)), 'upsert');
  });
}

export function deleteRolesRoute(request: Request, ref: ClusterRef, rawNames: string) {
  return clusterRoute(request, ref, async (target) => {
    const names = safeDecode(rawNames)
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (names.length === 0 || names.length > 100)
      throw new ApiError(400, 'Invalid request: names: must list 1 to 100 role names');
    names.forEach((name) => nameSchema.parse({ name }));
    return deleteRoles(target, names);
  });
}

export function assignRoleRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, async (target) => {
    const role = parseName(rawName);
    const { username } = roleAssignmentSchema.parse(await readJsonBody(request));
    return assignRole(target, role, username);
  });
}

export function createUserRoute(request: Request, ref: ClusterRef) {
  return clusterRoute(request, ref, async (target) =>
    createUser(target, newUserSchema.parse(await readJsonBody(request))),
  );
}

export function effectiveAccessRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, async (target) => {
    const role = parseName(rawName);
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const query = effectiveAccessQuerySchema.parse(params);
    return readEffectiveAccess(request, target, role, {
      alias: query.remote,
      keyCluster: query.keyCluster,
      keyId: query.keyId,
    });
  });
}
