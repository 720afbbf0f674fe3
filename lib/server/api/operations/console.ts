import 'server-only';
import { API_PATHS } from '@/lib/api/paths';
import { clusterSignInSchema } from '@/lib/auth/sign-in-schema';
import {
  consoleSessionSchema,
  healthSchema,
  registeredClusterListSchema,
  signedOutSchema,
} from '@/lib/openapi/models/clusters';
import { signInToAnotherCluster, signOutOfAnotherCluster } from '@/lib/server/auth/cluster-session';
import { readSessionGrants } from '@/lib/server/auth/read-session';
import { listRegisteredClusters } from '@/lib/server/clusters/list-clusters';
import { healthReport } from '@/lib/server/health';
import { defineOperation } from '../define-operation';
import { clusterIdParam } from './params';

const TAG = 'Console';

export const consoleOperationList = [
  defineOperation({
    path: API_PATHS.health,
    method: 'get',
    operationId: 'health',
    tag: TAG,
    access: 'optional',
    summary: 'The app is up, and which registered clusters answer',
    description:
      'Anonymous callers get ids and names only. With ' +
      'a session or an Authorization header (applied ' +
      "to the default cluster), also the cluster's " +
      'name, version and health, read as the caller.',
    response: { name: 'Health', schema: healthSchema, description: 'Liveness.' },
    errors: [401],
    handle: ({ request }) => healthReport(request),
  }),
  defineOperation({
    path: API_PATHS.clusters,
    method: 'get',
    operationId: 'clustersList',
    tag: TAG,
    access: 'signed-in',
    summary: 'The registered clusters',
    description:
      'Version and licence are read as the person where the ' +
      'session is signed in; null otherwise, and always ' +
      "for Authorization-header callers (a tool's credentials " +
      'never go to a cluster it did not address).',
    response: {
      name: 'RegisteredClusterList',
      schema: registeredClusterListSchema,
      description: 'Every registered cluster.',
    },
    handle: async ({ request }) =>
      listRegisteredClusters(request.headers.has('authorization') ? new Map() : await readSessionGrants()),
  }),
  defineOperation({
    path: API_PATHS.clusterSession,
    method: 'post',
    operationId: 'clusterSignIn',
    tag: TAG,
    access: 'session',
    summary: 'Sign in to one more cluster within the browser session',
    description:
      'The grant (its own session API key) joins the home sign-in ' +
      'in the same encrypted cookie and ends no later than it.',
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
    handle: ({ session, cluster, body }) => signInToAnotherCluster(session, cluster, body),
  }),
  defineOperation({
    path: API_PATHS.clusterSession,
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
    handle: ({ session, cluster }) => signOutOfAnotherCluster(session, cluster),
  }),
];
