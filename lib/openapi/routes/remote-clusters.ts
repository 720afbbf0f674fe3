import { z } from 'zod';
import { remoteClusterCreateSchema, remoteClusterUpdateSchema } from '@/lib/remote-clusters/schema';
import { acknowledgedSchema } from '../models/common';
import { deleteResultSchema, remoteClusterListSchema, remoteClusterSchema } from '../models/remote-clusters';
import type { ApiOperation, ApiParameter } from '../route-types';
import { clusterIdParam, remoteNameParam, remoteNamesParam } from './params';

const TAG = 'Remote clusters';
const create = { name: 'RemoteClusterCreate', schema: remoteClusterCreateSchema };
const update = { name: 'RemoteClusterUpdate', schema: remoteClusterUpdateSchema };
const remote = { name: 'RemoteCluster', schema: remoteClusterSchema };

const sniffExample = { name: 'prod', mode: 'sniff', seeds: ['10.0.0.1:9443'], skipUnavailable: true };
const proxyExample = {
  name: 'cloud',
  mode: 'proxy',
  proxyAddress: 'my-deployment.es.example.com:9443',
  serverName: 'my-deployment.es.example.com',
};

/**
 * The five remote-cluster operations, under Kibana's paths (the default cluster) or under one registered cluster.
 */
function remoteClusterOperations(base: string, idPrefix: string, scoped: boolean): ApiOperation[] {
  const clusterParam: Record<string, ApiParameter> = scoped ? { id: clusterIdParam } : {};
  const where = scoped ? 'of the cluster {id}' : "of the default cluster (Kibana's path)";
  return [
    {
      path: base,
      method: 'get',
      operationId: `${idPrefix}List`,
      tag: TAG,
      access: 'cluster',
      summary: `List the remote clusters ${where}`,
      description:
        'Settings, _remote/info and a live connection check, read in parallel; reads within one refresh interval are shared between callers Elasticsearch lets read them.',
      pathParams: clusterParam,
      query: {
        refresh: {
          description: '`true`: a read made now instead of the shared one.',
          schema: z.enum(['true', 'false']),
          example: 'true',
        },
        live: {
          description: '`false`: skip the live connection check (for a first paint).',
          schema: z.enum(['true', 'false']),
        },
      },
      response: { name: 'RemoteClusterList', schema: remoteClusterListSchema, description: 'The remotes.' },
    },
    {
      path: base,
      method: 'post',
      operationId: `${idPrefix}Create`,
      tag: TAG,
      access: 'cluster',
      summary: `Add a remote cluster ${where}`,
      description:
        'Writes persistent cluster settings. Invalid bodies get 400 with attributes.fields and nothing reaches Elasticsearch.',
      pathParams: clusterParam,
      body: { ...create, examples: { sniff: sniffExample, proxy: proxyExample } },
      response: { name: 'Acknowledged', schema: acknowledgedSchema, description: 'Created.' },
      errors: [409, 413],
    },
    {
      path: `${base}/{name}`,
      method: 'get',
      operationId: `${idPrefix}Get`,
      tag: TAG,
      access: 'cluster',
      summary: `Read one remote cluster ${where}, fresh from Elasticsearch`,
      pathParams: { ...clusterParam, name: remoteNameParam },
      response: { ...remote, description: 'The remote.' },
    },
    {
      path: `${base}/{name}`,
      method: 'put',
      operationId: `${idPrefix}Update`,
      tag: TAG,
      access: 'cluster',
      summary: `Change one remote cluster ${where}`,
      description:
        '400 for a remote defined in elasticsearch.yml; 409 when settingsVersion is stale (someone changed it since your read).',
      pathParams: { ...clusterParam, name: remoteNameParam },
      body: {
        ...update,
        examples: {
          sniff: { mode: 'sniff', seeds: ['10.0.0.1:9443'], skipUnavailable: false, settingsVersion: '9c1f03aa' },
        },
      },
      response: { ...remote, description: 'The remote as it is now.' },
      errors: [409, 413],
    },
    {
      path: `${base}/{name}`,
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
    },
  ];
}

export const remoteClusterRoutes: ApiOperation[] = [
  ...remoteClusterOperations('/api/remote_clusters', 'remoteClusters', false),
  ...remoteClusterOperations('/api/clusters/{id}/remote_clusters', 'clusterRemoteClusters', true),
];
