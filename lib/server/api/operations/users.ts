import 'server-only';
import { API_PATHS } from '@/lib/api/paths';
import { userDeletionSchema, userListSchema, userViewSchema } from '@/lib/openapi/models/roles';
import type { ApiParameter } from '@/lib/openapi/route-types';
import { newUserSchema, userUpdateSchema, usernameSchema } from '@/lib/roles/users-schema';
import { createUser, deleteUsers, listUsers, updateUser } from '@/lib/server/roles/users';
import { defineOperation } from '../define-operation';
import { clusterIdParam, commaList } from './params';

// The cluster's native users (and its built-in ones, read-only): what the Users page lists, creates, changes and
// deletes. Users of other realms get their roles through role mappings and are not listed by Elasticsearch here.

const TAG = 'Users';
const user = { name: 'UserView', schema: userViewSchema };

export const userOperationList = [
  defineOperation({
    path: API_PATHS.users,
    method: 'get',
    operationId: 'usersList',
    tag: TAG,
    access: 'cluster',
    summary: 'List the native and built-in users',
    pathParams: { id: clusterIdParam },
    response: { name: 'UserList', schema: userListSchema, description: 'The users, by name.' },
    handle: ({ target }) => listUsers(target),
  }),
  defineOperation({
    path: API_PATHS.users,
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
    response: { ...user, description: 'The new user.' },
    errors: [409, 413],
    handle: ({ target, body }) => createUser(target, body),
  }),
  defineOperation({
    path: API_PATHS.user,
    method: 'put',
    operationId: 'usersUpdate',
    tag: TAG,
    access: 'cluster',
    summary: "Replace a native user's roles, names or enabled state; the password is kept (built-in users are refused)",
    pathParams: {
      id: clusterIdParam,
      username: { description: 'The username.', schema: usernameSchema, example: 'analyst' } satisfies ApiParameter,
    },
    body: {
      name: 'UserUpdate',
      schema: userUpdateSchema,
      examples: { roles: { roles: ['logs-reader', 'metrics-reader'], enabled: true } },
    },
    response: { ...user, description: 'The user as stored.' },
    errors: [413],
    handle: ({ target, params, body }) => updateUser(target, params.username, body),
  }),
  defineOperation({
    path: API_PATHS.user,
    method: 'delete',
    operationId: 'usersDelete',
    tag: TAG,
    access: 'cluster',
    summary: 'Delete native users',
    pathParams: {
      id: clusterIdParam,
      username: {
        description: 'One username, or up to 100 separated by commas.',
        schema: commaList(usernameSchema, 100, 'usernames'),
      } satisfies ApiParameter,
    },
    response: {
      name: 'UserDeletion',
      schema: userDeletionSchema,
      description: 'Always 200: what was deleted, and why the rest was not.',
    },
    handle: ({ target, params }) => deleteUsers(target, params.username),
  }),
];
