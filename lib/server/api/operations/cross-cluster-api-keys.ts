import 'server-only';
import { z } from 'zod';
import { API_PATHS } from '@/lib/api/paths';
import { crossClusterApiKeyCreateSchema, crossClusterApiKeyUpdateSchema } from '@/lib/cross-cluster-api-keys/schema';
import {
  createdCrossClusterApiKeySchema,
  crossClusterApiKeyListSchema,
  crossClusterApiKeySchema,
  invalidationResultSchema,
} from '@/lib/openapi/models/cross-cluster-api-keys';
import type { ApiParameter } from '@/lib/openapi/route-types';
import {
  createCrossClusterApiKey,
  getCrossClusterApiKey,
  invalidateCrossClusterApiKeys,
  listCrossClusterApiKeys,
  updateCrossClusterApiKey,
} from '@/lib/server/cross-cluster-api-keys/operations';
import { ownerCredentials } from '@/lib/server/cross-cluster-api-keys/owner-credentials';
import { defineOperation } from '../define-operation';
import { clusterIdParam, commaList } from './params';

// The new key's secret is in the create answer and nowhere else.

const TAG = 'Cross-cluster API keys';
const PASSWORD_NOTE =
  'A browser session holding an API key must add `password` (the signed-in ' +
  "user's, used for this request only): Elasticsearch creates and updates " +
  "cross-cluster API keys only with a user's " +
  'own credentials. Tools sending Basic ' +
  "or Bearer need nothing more; ApiKey callers get Elasticsearch's refusal.";
// The password travels beside the schema's own fields: the handler takes it out before parsing the rest.
const withPassword = <T extends z.ZodType>(schema: T) =>
  z.intersection(
    schema,
    z.object({
      password: z.string().min(1).max(1024).optional().describe("The signed-in user's password, for API-key sessions."),
    }),
  );
const key = { name: 'CrossClusterApiKey', schema: crossClusterApiKeySchema };
const keyIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an API key id (letters, digits, "_" and "-")');
const keyIdParam = {
  description: 'A cross-cluster API key id.',
  schema: keyIdSchema,
  example: 'VuaCfGcBCdbkQm-e5aOx',
} satisfies ApiParameter;
const keyIdsParam = {
  description: 'One key id, or up to 200 separated by commas.',
  schema: commaList(keyIdSchema, 200, 'key ids'),
  example: 'VuaCfGcBCdbkQm-e5aOx',
} satisfies ApiParameter;

export const crossClusterApiKeyOperationList = [
  defineOperation({
    path: API_PATHS.crossClusterApiKeys,
    method: 'get',
    operationId: 'crossClusterApiKeysList',
    tag: TAG,
    access: 'cluster',
    summary: 'List the cross-cluster API keys the caller may see, newest first',
    pathParams: { id: clusterIdParam },
    response: {
      name: 'CrossClusterApiKeyList',
      schema: crossClusterApiKeyListSchema,
      description: 'The keys, never their secrets.',
    },
    handle: ({ target }) => listCrossClusterApiKeys(target),
  }),
  defineOperation({
    path: API_PATHS.crossClusterApiKeys,
    method: 'post',
    operationId: 'crossClusterApiKeysCreate',
    tag: TAG,
    access: 'cluster',
    summary: 'Create a cross-cluster API key (on the remote cluster side)',
    description: PASSWORD_NOTE,
    pathParams: { id: clusterIdParam },
    body: {
      name: 'CrossClusterApiKeyCreate',
      schema: withPassword(crossClusterApiKeyCreateSchema),
      raw: true,
      examples: {
        search: {
          name: 'search-logs',
          access: { search: [{ names: ['logs-*'] }] },
          expiration: '30d',
          metadata: { purpose: 'reporting' },
        },
      },
    },
    response: {
      name: 'CreatedCrossClusterApiKey',
      schema: createdCrossClusterApiKeySchema,
      description: 'The new key with `encoded`, the only time it is returned.',
    },
    errors: [413],
    handle: ({ target, body: sent }) => {
      const { body, credentials } = ownerCredentials(target, sent);
      return createCrossClusterApiKey(target, credentials, crossClusterApiKeyCreateSchema.parse(body));
    },
  }),
  defineOperation({
    path: API_PATHS.crossClusterApiKey,
    method: 'get',
    operationId: 'crossClusterApiKeysGet',
    tag: TAG,
    access: 'cluster',
    summary: 'Read one cross-cluster API key',
    pathParams: { id: clusterIdParam, ids: keyIdParam },
    response: { ...key, description: 'The key; 404 for an id that is not a cross-cluster key.' },
    handle: ({ target, params }) => getCrossClusterApiKey(target, params.ids),
  }),
  defineOperation({
    path: API_PATHS.crossClusterApiKey,
    method: 'put',
    operationId: 'crossClusterApiKeysUpdate',
    tag: TAG,
    access: 'cluster',
    summary: "Change a key's access, metadata or expiration",
    description: PASSWORD_NOTE,
    pathParams: { id: clusterIdParam, ids: keyIdParam },
    body: {
      name: 'CrossClusterApiKeyUpdate',
      schema: withPassword(crossClusterApiKeyUpdateSchema),
      raw: true,
      examples: { access: { access: { search: [{ names: ['logs-*', 'metrics-*'] }] } } },
    },
    response: { ...key, description: 'The key as it is now.' },
    errors: [413],
    handle: ({ target, params, body: sent }) => {
      const { body, credentials } = ownerCredentials(target, sent);
      return updateCrossClusterApiKey(target, credentials, params.ids, crossClusterApiKeyUpdateSchema.parse(body));
    },
  }),
  defineOperation({
    path: API_PATHS.crossClusterApiKey,
    method: 'delete',
    operationId: 'crossClusterApiKeysInvalidate',
    tag: TAG,
    access: 'cluster',
    summary: 'Invalidate cross-cluster API keys',
    description: 'Ids of other kinds of keys are refused one by one, never invalidated.',
    pathParams: { id: clusterIdParam, ids: keyIdsParam },
    response: {
      name: 'InvalidationResult',
      schema: invalidationResultSchema,
      description: 'What was invalidated, and why the rest was not.',
    },
    handle: ({ target, params }) => invalidateCrossClusterApiKeys(target, params.ids),
  }),
];
