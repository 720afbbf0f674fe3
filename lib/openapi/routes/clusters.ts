import { z } from 'zod';
import { clusterSignInSchema } from '@/lib/auth/sign-in-schema';
import { consoleSessionSchema, healthSchema, registeredClusterListSchema, signedOutSchema } from '../models/clusters';
import type { ApiOperation } from '../route-types';
import { clusterIdParam } from './params';

const TAG = 'Console';

export const clusterRoutes: ApiOperation[] = [
  {
    path: '/api/health',
    method: 'get',
    operationId: 'health',
    tag: TAG,
    access: 'optional',
    summary: 'The app is up, and which registered clusters answer',
    description:
      "Anonymous callers get ids and names only. With a session or an Authorization header (applied to the default cluster), also the cluster's name, version and health, read as the caller.",
    response: { name: 'Health', schema: healthSchema, description: 'Liveness.' },
    errors: [401],
  },
  {
    path: '/api/clusters',
    method: 'get',
    operationId: 'clustersList',
    tag: TAG,
    access: 'cluster',
    summary: 'The registered clusters',
    description:
      "Version and licence are read as the person where the session is signed in; null otherwise, and always for Authorization-header callers (a tool's credentials never go to a cluster it did not address).",
    response: {
      name: 'RegisteredClusterList',
      schema: registeredClusterListSchema,
      description: 'Every registered cluster.',
    },
  },
  {
    path: '/api/clusters/{id}/session',
    method: 'post',
    operationId: 'clusterSignIn',
    tag: TAG,
    access: 'session',
    summary: 'Sign in to one more cluster within the browser session',
    description:
      'The grant (its own session API key) joins the home sign-in in the same encrypted cookie and ends no later than it.',
    pathParams: { id: clusterIdParam },
    body: {
      name: 'ClusterSignIn',
      schema: clusterSignInSchema,
      examples: { administrator: { username: 'elastic', password: '<password>' } },
    },
    response: {
      name: 'ConsoleSession',
      schema: consoleSessionSchema,
      description: 'The new sign-in, without credentials.',
    },
    errors: [409, 413],
  },
  {
    path: '/api/clusters/{id}/session',
    method: 'delete',
    operationId: 'clusterSignOut',
    tag: TAG,
    access: 'session',
    summary: 'Sign out of a cluster signed in to later (the home cluster stays)',
    pathParams: { id: clusterIdParam },
    response: {
      name: 'SignedOut',
      schema: signedOutSchema,
      description: 'Signed out; its session key is invalidated.',
    },
  },
  {
    path: '/api/openapi.json',
    method: 'get',
    operationId: 'openApiDocument',
    tag: TAG,
    access: 'public',
    summary: 'This document',
    response: {
      name: 'OpenApiDocument',
      schema: z.record(z.string(), z.unknown()).describe('An OpenAPI 3.1 document.'),
      description: 'The OpenAPI 3.1 document.',
    },
  },
];
