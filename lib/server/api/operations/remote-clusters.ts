import 'server-only';
import { API_PATHS } from '@/lib/api/paths';
import { acknowledgedSchema } from '@/lib/openapi/models/common';
import { deleteResultSchema, remoteClusterListSchema, remoteClusterSchema } from '@/lib/openapi/models/remote-clusters';
import type { ApiParameter } from '@/lib/openapi/route-types';
import {
  remoteClusterCreateSchema,
  remoteClusterNameSchema,
  remoteClusterUpdateSchema,
} from '@/lib/remote-clusters/schema';
import {
  createRemoteCluster,
  deleteRemoteClusters,
  getRemoteCluster,
  listRemoteClusters,
  updateRemoteCluster,
} from '@/lib/server/remote-clusters/operations';
import { defineOperation, type ServerOperation } from '../define-operation';
import { booleanFlag, clusterIdParam, commaList, remoteNameParam } from './params';

const TAG = 'Remote clusters';
const remote = { name: 'RemoteCluster', schema: remoteClusterSchema };
const sniffExample = { name: 'prod', mode: 'sniff', seeds: ['10.0.0.1:9443'], skipUnavailable: true };
const proxyExample = {
  name: 'cloud',
  mode: 'proxy',
  proxyAddress: 'my-deployment.es.example.com:9443',
  serverName: 'my-deployment.es.example.com',
};
const remoteNamesParam = {
  description: 'One alias, or up to 200 separated by commas.',
  schema: commaList(remoteClusterNameSchema, 200, 'remote cluster names'),
  example: 'old-remote,older-remote',
} satisfies ApiParameter;

interface Placement {
  collection: typeof API_PATHS.defaultRemoteClusters | typeof API_PATHS.remoteClusters;
  item: typeof API_PATHS.defaultRemoteCluster | typeof API_PATHS.remoteCluster;
  idPrefix: string;
  where: string;
  clusterParam: { id: typeof clusterIdParam } | Record<never, ApiParameter>;
}

/**
 * The five remote-cluster operations, under Kibana's paths (the default cluster) or under one registered cluster:
 * the same declarations, so the two can never drift.
 */
function remoteClusterOperations({ collection, item, idPrefix, where, clusterParam }: Placement): ServerOperation[] {
  return [
    defineOperation({
      path: collection,
      method: 'get',
      operationId: `${idPrefix}List`,
      tag: TAG,
      access: 'cluster',
      summary: `List the remote clusters ${where}`,
      description:
        'Settings, _remote/info and a live connection check, read in parallel; ' +
        'reads within one refresh interval are shared between callers Elasticsearch lets read them.',
      pathParams: clusterParam,
      query: {
        refresh: {
          description: '`true`: a read made now instead of the shared one.',
          schema: booleanFlag,
          example: 'true',
        },
        live: { description: '`false`: skip the live connection check (for a first paint).', schema: booleanFlag },
      },
      response: { name: 'RemoteClusterList', schema: remoteClusterListSchema, description: 'The remotes.' },
      // A manual refresh asks for a read made now rather than the shared one. Only the explicit parameter counts:
      // browsers send Cache-Control: no-cache on their own, which would defeat the sharing.
      handle: ({ target, query }) =>
        listRemoteClusters(target, { fresh: query.refresh === true, live: query.live !== false }),
    }),
    defineOperation({
      path: collection,
      method: 'post',
      operationId: `${idPrefix}Create`,
      tag: TAG,
      access: 'cluster',
      summary: `Add a remote cluster ${where}`,
      description:
        'Writes persistent cluster settings. Invalid bodies get 400 ' +
        'with attributes.fields and nothing reaches Elasticsearch.',
      pathParams: clusterParam,
      body: {
        name: 'RemoteClusterCreate',
        schema: remoteClusterCreateSchema,
        examples: { sniff: sniffExample, proxy: proxyExample },
      },
      response: { name: 'Acknowledged', schema: acknowledgedSchema, description: 'Created.' },
      errors: [409, 413],
      handle: ({ target, body }) => createRemoteCluster(target, body),
    }),
    defineOperation({
      path: item,
      method: 'get',
      operationId: `${idPrefix}Get`,
      tag: TAG,
      access: 'cluster',
      summary: `Read one remote cluster ${where}, fresh from Elasticsearch`,
      pathParams: { ...clusterParam, name: remoteNameParam },
      response: { ...remote, description: 'The remote.' },
      handle: ({ target, params }) => getRemoteCluster(target, params.name),
    }),
    defineOperation({
      path: item,
      method: 'put',
      operationId: `${idPrefix}Update`,
      tag: TAG,
      access: 'cluster',
      summary: `Change one remote cluster ${where}`,
      description:
        '400 for a remote defined in elasticsearch.yml; 409 when ' +
        'settingsVersion is stale (someone changed it since your read).',
      pathParams: { ...clusterParam, name: remoteNameParam },
      body: {
        name: 'RemoteClusterUpdate',
        schema: remoteClusterUpdateSchema,
        examples: {
          sniff: { mode: 'sniff', seeds: ['10.0.0.1:9443'], skipUnavailable: false, settingsVersion: '9c1f03aa' },
        },
      },
      response: { ...remote, description: 'The remote as it is now.' },
      errors: [409, 413],
      handle: ({ target, params, body }) => updateRemoteCluster(target, params.name, body),
    }),
    defineOperation({
      path: item,
      method: 'delete',
      operationId: `${idPrefix}Delete`,
      tag: TAG,
      access: 'cluster',
      summary: `Remove remote clusters ${where}`,
      description:
        'Nulls every setting of each alias. Always 200 with what was deleted and a per-name error for the rest.',
      pathParams: { ...clusterParam, name: remoteNamesParam },
      response: {
        name: 'RemoteClusterDeleteResult',
        schema: deleteResultSchema,
        description: 'What was deleted, and why the rest was not.',
      },
      handle: ({ target, params }) => deleteRemoteClusters(target, params.name),
    }),
  ];
}

export const remoteClusterOperationList: ServerOperation[] = [
  ...remoteClusterOperations({
    collection: API_PATHS.defaultRemoteClusters,
    item: API_PATHS.defaultRemoteCluster,
    idPrefix: 'remoteClusters',
    where: "of the default cluster (Kibana's path)",
    clusterParam: {},
  }),
  ...remoteClusterOperations({
    collection: API_PATHS.remoteClusters,
    item: API_PATHS.remoteCluster,
    idPrefix: 'clusterRemoteClusters',
    where: 'of the cluster {id}',
    clusterParam: { id: clusterIdParam },
  }),
];
