import { z } from 'zod';
import { remoteClusterNameSchema } from '@/lib/remote-clusters/schema';
import { roleBodySchema, roleNameSchema } from '@/lib/roles/schema';
import { newUserSchema, roleAssignmentSchema } from '@/lib/roles/users-schema';
import {
  builtinPrivilegesSchema,
  effectiveAccessSchema,
  roleDeletionSchema,
  roleListSchema,
  roleViewSchema,
  userListSchema,
  userViewSchema,
} from '../models/roles';
import type { ApiOperation } from '../route-types';
import { clusterIdParam } from './params';

const TAG = 'Roles';
const BASE = '/api/clusters/{id}/roles';
const roleName = { description: 'The role name.', schema: roleNameSchema, example: 'logs-reader' };
const role = { name: 'RoleView', schema: roleViewSchema };
const remoteSearch = {
  cluster: [],
  remote_indices: [
    { clusters: ['prod'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'] },
  ],
};

export const roleRoutes: ApiOperation[] = [
  {
    path: '/api/clusters/{id}/privileges',
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
  },
  {
    path: BASE,
    method: 'get',
    operationId: 'rolesList',
    tag: TAG,
    access: 'cluster',
    summary: 'List the roles',
    pathParams: { id: clusterIdParam },
    response: { name: 'RoleList', schema: roleListSchema, description: 'Every role, by name.' },
  },
  {
    path: BASE,
    method: 'post',
    operationId: 'rolesCreate',
    tag: TAG,
    access: 'cluster',
    summary: 'Create a role (409 when the name is taken)',
    pathParams: { id: clusterIdParam },
    body: {
      name: 'RoleCreate',
      schema: z.intersection(z.object({ name: roleNameSchema }), roleBodySchema),
      examples: { crossClusterSearch: { name: 'logs-reader', ...remoteSearch } },
    },
    response: { ...role, description: 'The role as stored.' },
    errors: [409, 413],
  },
  {
    path: `${BASE}/{name}`,
    method: 'get',
    operationId: 'rolesGet',
    tag: TAG,
    access: 'cluster',
    summary: 'Read one role',
    pathParams: { id: clusterIdParam, name: roleName },
    response: { ...role, description: 'The role.' },
  },
  {
    path: `${BASE}/{name}`,
    method: 'put',
    operationId: 'rolesPut',
    tag: TAG,
    access: 'cluster',
    summary: 'Create or replace a role (built-in roles are refused)',
    pathParams: { id: clusterIdParam, name: roleName },
    body: { name: 'RoleBody', schema: roleBodySchema, examples: { crossClusterSearch: remoteSearch } },
    response: { ...role, description: 'The role as stored.' },
    errors: [413],
  },
  {
    path: `${BASE}/{name}`,
    method: 'delete',
    operationId: 'rolesDelete',
    tag: TAG,
    access: 'cluster',
    summary: 'Delete roles',
    pathParams: {
      id: clusterIdParam,
      name: { description: 'One role name, or up to 100 separated by commas.', schema: z.string().min(1) },
    },
    response: {
      name: 'RoleDeletion',
      schema: roleDeletionSchema,
      description: 'Always 200: what was deleted, and why the rest was not.',
    },
  },
  {
    path: `${BASE}/{name}/assignments`,
    method: 'post',
    operationId: 'rolesAssign',
    tag: TAG,
    access: 'cluster',
    summary: 'Add the role to an existing native user',
    pathParams: { id: clusterIdParam, name: roleName },
    body: { name: 'RoleAssignment', schema: roleAssignmentSchema, examples: { user: { username: 'analyst' } } },
    response: { name: 'UserView', schema: userViewSchema, description: 'The user with the role.' },
    errors: [413],
  },
  {
    path: `${BASE}/{name}/effective_access`,
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
      keyId: { description: "The cross-cluster API key's id.", schema: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) },
    },
    response: {
      name: 'EffectiveAccess',
      schema: effectiveAccessSchema,
      description: 'Per pattern and per index: granted, reduced by the key, or not granted.',
    },
  },
  {
    path: '/api/clusters/{id}/users',
    method: 'get',
    operationId: 'usersList',
    tag: TAG,
    access: 'cluster',
    summary: 'List the native users',
    pathParams: { id: clusterIdParam },
    response: { name: 'UserList', schema: userListSchema, description: 'The users.' },
  },
  {
    path: '/api/clusters/{id}/users',
    method: 'post',
    operationId: 'usersCreate',
    tag: TAG,
    access: 'cluster',
    summary: 'Create a native user with roles (409 when the name is taken)',
    pathParams: { id: clusterIdParam },
    body: {
      name: 'NewUser',
      schema: newUserSchema,
      examples: {
        analyst: { username: 'analyst', password: '<password>', roles: ['logs-reader'], fullName: 'Log analyst' },
      },
    },
    response: { name: 'UserView', schema: userViewSchema, description: 'The new user.' },
    errors: [409, 413],
  },
];
