import 'server-only';
import { z } from 'zod';
import { API_PATHS } from '@/lib/api/paths';
import {
  builtinPrivilegesSchema,
  effectiveAccessSchema,
  roleDeletionSchema,
  roleListSchema,
  roleViewSchema,
  userViewSchema,
} from '@/lib/openapi/models/roles';
import type { ApiParameter } from '@/lib/openapi/route-types';
import { remoteClusterNameSchema } from '@/lib/remote-clusters/schema';
import { roleBodySchema, roleNameSchema } from '@/lib/roles/schema';
import { roleAssignmentSchema } from '@/lib/roles/users-schema';
import { readEffectiveAccess } from '@/lib/server/roles/effective-access';
import { builtinPrivileges, deleteRoles, getRole, listRoles, putRole } from '@/lib/server/roles/operations';
import { assignRole } from '@/lib/server/roles/users';
import { defineOperation } from '../define-operation';
import { clusterIdParam, commaList } from './params';

// Bodies are role descriptors exactly as Elasticsearch takes them; privileges are checked against the cluster's own
// list before anything is written.

const TAG = 'Roles';
const roleName = {
  description: 'The role name.',
  schema: roleNameSchema,
  example: 'logs-reader',
} satisfies ApiParameter;
const roleNames = {
  description: 'One role name, or up to 100 separated by commas.',
  schema: commaList(roleNameSchema, 100, 'role names'),
} satisfies ApiParameter;
const role = { name: 'RoleView', schema: roleViewSchema };
const remoteSearch = {
  cluster: [],
  remote_indices: [
    { clusters: ['prod'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'] },
  ],
};
// The create body is a role descriptor with its name beside it: the name is taken out, the rest parsed as a role.
const roleCreateSchema = z.intersection(z.object({ name: roleNameSchema }), roleBodySchema);
const namedRoleSchema = z.looseObject({ name: roleNameSchema });

export const roleOperationList = [
  defineOperation({
    path: API_PATHS.privileges,
    method: 'get',
    operationId: 'builtinPrivileges',
    tag: TAG,
    access: 'cluster',
    summary: "The cluster's built-in privilege names and its version",
    pathParams: { id: clusterIdParam },
    response: {
      name: 'BuiltinPrivileges',
      schema: builtinPrivilegesSchema,
      description: 'cluster, index and (8.15+) remote_cluster privileges.',
    },
    handle: ({ target }) => builtinPrivileges(target),
  }),
  defineOperation({
    path: API_PATHS.roles,
    method: 'get',
    operationId: 'rolesList',
    tag: TAG,
    access: 'cluster',
    summary: 'List the roles',
    pathParams: { id: clusterIdParam },
    response: { name: 'RoleList', schema: roleListSchema, description: 'Every role, by name.' },
    handle: ({ target }) => listRoles(target),
  }),
  defineOperation({
    path: API_PATHS.roles,
    method: 'post',
    operationId: 'rolesCreate',
    tag: TAG,
    access: 'cluster',
    summary: 'Create a role (409 when the name is taken)',
    pathParams: { id: clusterIdParam },
    body: {
      name: 'RoleCreate',
      schema: roleCreateSchema,
      raw: true,
      examples: { crossClusterSearch: { name: 'logs-reader', ...remoteSearch } },
    },
    response: { ...role, description: 'The role as stored.' },
    errors: [409, 413],
    handle: ({ target, body }) => {
      const { name, ...descriptor } = namedRoleSchema.parse(body);
      return putRole(target, name, roleBodySchema.parse(descriptor), 'create');
    },
  }),
  defineOperation({
    path: API_PATHS.role,
    method: 'get',
    operationId: 'rolesGet',
    tag: TAG,
    access: 'cluster',
    summary: 'Read one role',
    pathParams: { id: clusterIdParam, name: roleName },
    response: { ...role, description: 'The role.' },
    handle: ({ target, params }) => getRole(target, params.name),
  }),
  defineOperation({
    path: API_PATHS.role,
    method: 'put',
    operationId: 'rolesPut',
    tag: TAG,
    access: 'cluster',
    summary: 'Create or replace a role (built-in roles are refused)',
    pathParams: { id: clusterIdParam, name: roleName },
    body: { name: 'RoleBody', schema: roleBodySchema, examples: { crossClusterSearch: remoteSearch } },
    response: { ...role, description: 'The role as stored.' },
    errors: [413],
    handle: ({ target, params, body }) => putRole(target, params.name, body, 'upsert'),
  }),
  defineOperation({
    path: API_PATHS.role,
    method: 'delete',
    operationId: 'rolesDelete',
    tag: TAG,
    access: 'cluster',
    summary: 'Delete roles',
    pathParams: { id: clusterIdParam, name: roleNames },
    response: {
      name: 'RoleDeletion',
      schema: roleDeletionSchema,
      description: 'Always 200: what was deleted, and why the rest was not.',
    },
    handle: ({ target, params }) => deleteRoles(target, params.name),
  }),
  defineOperation({
    path: API_PATHS.roleAssignments,
    method: 'post',
    operationId: 'rolesAssign',
    tag: TAG,
    access: 'cluster',
    summary: 'Add the role to an existing native user',
    pathParams: { id: clusterIdParam, name: roleName },
    body: { name: 'RoleAssignment', schema: roleAssignmentSchema, examples: { user: { username: 'analyst' } } },
    response: { name: 'UserView', schema: userViewSchema, description: 'The user with the role.' },
    errors: [413],
    handle: ({ target, params, body }) => assignRole(target, params.name, body.username),
  }),
  defineOperation({
    path: API_PATHS.roleEffectiveAccess,
    method: 'get',
    operationId: 'rolesEffectiveAccess',
    tag: TAG,
    access: 'cluster',
    summary:
      "What the role really grants on a remote: its remote_indices intersected with the remote's cross-cluster API key",
    pathParams: { id: clusterIdParam, name: roleName },
    query: {
      remote: { description: 'The remote alias.', schema: remoteClusterNameSchema, required: true, example: 'prod' },
      keyCluster: {
        description: 'The registered cluster holding the key (the remote side).',
        schema: z.string().min(1).max(63),
      },
      keyId: {
        description: "The cross-cluster API key's id.",
        schema: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be an API key id'),
      },
    },
    response: {
      name: 'EffectiveAccess',
      schema: effectiveAccessSchema,
      description: 'Per pattern and per index: granted, reduced by the key, or not granted.',
    },
    handle: ({ request, target, params, query }) =>
      readEffectiveAccess(request, target, params.name, {
        alias: query.remote,
        keyCluster: query.keyCluster,
        keyId: query.keyId,
      }),
  }),
];
