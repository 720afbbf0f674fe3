import 'server-only';
import { API_PATHS } from '@/lib/api/paths';
import { readinessChecks } from '@/lib/connect/readiness';
import { testIndexPatternSchema } from '@/lib/connect/schema';
import { readinessReportSchema, reloadResultSchema } from '@/lib/openapi/models/connect';
import { diagnosisSchema } from '@/lib/openapi/models/remote-clusters';
import { resolveCaller } from '@/lib/server/auth/caller';
import { readClusterFacts } from '@/lib/server/connect/cluster-facts';
import { diagnoseRemote } from '@/lib/server/connect/diagnose';
import { reloadSecureSettings } from '@/lib/server/connect/reload-secure-settings';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { ApiError } from '@/lib/server/http/api-error';
import { targetCluster } from '@/lib/server/http/cluster-route';
import { defineOperation } from '../define-operation';
import { clusterIdParam, remoteNameParam } from './params';

const TAG = 'Connect and diagnose';

export const connectOperationList = [
  defineOperation({
    path: API_PATHS.readiness,
    method: 'get',
    operationId: 'readiness',
    tag: TAG,
    access: 'cluster',
    summary: 'Can this cluster (local side) and ?remote= use the API-key model',
    description:
      'Licence and version on both, the remote cluster ' +
      'server on the remote, client TLS and CA trust on the ' +
      "local. The remote is read with the caller's sign-in " +
      'there; without one its checks are `unknown`.',
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
    // The remote is read with the caller's sign-in there (or the same Authorization header: a tool addressing two
    // clusters must hold credentials valid on both); without one, its checks are "unknown" rather than an error.
    handle: async ({ request, target: { cluster, es }, query }) => {
      const remoteCluster = query.remote ? targetCluster(query.remote) : null;
      if (remoteCluster?.id === cluster.id) {
        throw new ApiError(400, 'Invalid request: remote: must be another cluster than the local one');
      }
      const remoteCaller = remoteCluster ? await resolveCaller(request, remoteCluster).catch(() => null) : null;
      const [local, remote] = await Promise.all([
        readClusterFacts(es),
        remoteCluster && remoteCaller ? readClusterFacts(clientAs(remoteCluster, remoteCaller.credentials)) : null,
      ]);
      return { local, remote, remoteSignedIn: remoteCaller !== null, checks: readinessChecks(local, remote) };
    },
  }),
  defineOperation({
    path: API_PATHS.reloadSecureSettings,
    method: 'post',
    operationId: 'reloadSecureSettings',
    tag: TAG,
    access: 'cluster',
    summary: "Reload the keystore's secure settings on every node",
    description: "After adding cluster.remote.<alias>.credentials to each node's keystore. No body.",
    pathParams: { id: clusterIdParam },
    response: { name: 'ReloadResult', schema: reloadResultSchema, description: 'Per node: reloaded or the error.' },
    handle: ({ target }) => reloadSecureSettings(target.es),
  }),
  defineOperation({
    path: API_PATHS.diagnosis,
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
    handle: ({ target, params, query }) => diagnoseRemote(target, params.name, query.index),
  }),
];
