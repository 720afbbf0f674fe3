import { z } from 'zod';
import { crossClusterApiKeyCreateSchema, crossClusterApiKeyUpdateSchema } from '@/lib/cross-cluster-api-keys/schema';
import {
  createdCrossClusterApiKeySchema,
  crossClusterApiKeyListSchema,
  crossClusterApiKeySchema,
  invalidationResultSchema,
} from '../models/cross-cluster-api-keys';
import type { ApiOperation } from '../route-types';
import { clusterIdParam } from './params';

const TAG = 'Cross-cluster API keys';
const BASE = '/api/clusters/{id}/cross_cluster_api_keys';
// The handlers take the session user's password beside the schema's fields (an API-key session must send it).
const PASSWORD_NOTE =
  "A browser session holding an API key must add `password` (the signed-in user's, used for this request only): Elasticsearch creates and updates cross-cluster API keys only with a user's own credentials. Tools sending Basic or Bearer need nothing more; ApiKey callers get Elasticsearch's refusal.";
// The password travels beside the schema's own fields: the handler takes it out before parsing the rest.
const withPassword = <T extends z.ZodType>(schema: T) =>
  z.intersection(
    schema,
    z.object({
      password: z.string().min(1).max(1024).optional().describe("The signed-in user's password, for API-key sessions."),
    }),
  );
const key = { name: 'CrossClusterApiKey', schema: crossClusterApiKeySchema };
const keyIdParam = {
  description: 'A cross-cluster API key id.',
  schema: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  example: 'VuaCfGcBCdbkQm-e5aOx',
};

export const crossClusterApiKeyRoutes: ApiOperation[] = [
  {
    path: BASE,
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
  },
  {
    path: BASE,
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
  },
  {
    path: `${BASE}/{ids}`,
    method: 'get',
    operationId: 'crossClusterApiKeysGet',
    tag: TAG,
    access: 'cluster',
    summary: 'Read one cross-cluster API key',
    pathParams: { id: clusterIdParam, ids: keyIdParam },
    response: { ...key, description: 'The key; 404 for an id that is not a cross-cluster key.' },
  },
  {
    path: `${BASE}/{ids}`,
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
      examples: { access: { access: { search: [{ names: ['logs-*', 'metrics-*'] }] } } },
    },
    response: { ...key, description: 'The key as it is now.' },
    errors: [413],
  },
  {
    path: `${BASE}/{ids}`,
    method: 'delete',
    operationId: 'crossClusterApiKeysInvalidate',
    tag: TAG,
    access: 'cluster',
    summary: 'Invalidate cross-cluster API keys',
    description: 'Ids of other kinds of keys are refused one by one, never invalidated.',
    pathParams: {
      id: clusterIdParam,
      ids: {
        description: 'One key id, or up to 200 separated by commas.',
        schema: z.string().min(1),
        example: 'VuaCfGcBCdbkQm-e5aOx',
      },
    },
    response: {
      name: 'InvalidationResult',
      schema: invalidationResultSchema,
      description: 'What was invalidated, and why the rest was not.',
    },
  },
];
