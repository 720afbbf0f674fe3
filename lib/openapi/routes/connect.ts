import { testIndexPatternSchema } from '@/lib/connect/schema';
import { readinessReportSchema, reloadResultSchema } from '../models/connect';
import { diagnosisSchema } from '../models/remote-clusters';
import type { ApiOperation } from '../route-types';
import { clusterIdParam, remoteNameParam } from './params';

const TAG = 'Connect and diagnose';

export const connectRoutes: ApiOperation[] = [
  {
    path: '/api/clusters/{id}/readiness',
    method: 'get',
    operationId: 'readiness',
    tag: TAG,
    access: 'cluster',
    summary: 'Can this cluster (local side) and ?remote= use the API-key model',
    description:
      "Licence and version on both, the remote cluster server on the remote, client TLS and CA trust on the local. The remote is read with the caller's sign-in there; without one its checks are `unknown`.",
    pathParams: { id: clusterIdParam },
    query: {
      remote: {
        description: 'The registered id of the remote side.',
        schema: clusterIdParam.schema,
        example: 'remote',
      },
    },
    response: {
      name: 'ReadinessReport',
      schema: readinessReportSchema,
      description: 'Each check pass, fail or unknown, with the facts read.',
    },
  },
  {
    path: '/api/clusters/{id}/_reload_secure_settings',
    method: 'post',
    operationId: 'reloadSecureSettings',
    tag: TAG,
    access: 'cluster',
    summary: "Reload the keystore's secure settings on every node",
    description: "After adding cluster.remote.<alias>.credentials to each node's keystore. No body.",
    pathParams: { id: clusterIdParam },
    response: { name: 'ReloadResult', schema: reloadResultSchema, description: 'Per node: reloaded or the error.' },
  },
  {
    path: '/api/clusters/{id}/remote_clusters/{name}/diagnosis',
    method: 'get',
    operationId: 'diagnosis',
    tag: TAG,
    access: 'cluster',
    summary: 'Diagnose one remote: connection, security model, resolve, optional test search',
    pathParams: { id: clusterIdParam, name: remoteNameParam },
    query: {
      index: {
        description: 'An index pattern to test-search on the remote (`<alias>:<index>`, size 0).',
        schema: testIndexPatternSchema,
        example: 'logs-*',
      },
    },
    response: { name: 'Diagnosis', schema: diagnosisSchema, description: 'Findings, each with evidence and a fix.' },
  },
];
