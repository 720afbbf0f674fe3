import 'server-only';
import { API_PATHS } from '@/lib/api/paths';
import { connectionPlanRequestSchema } from '@/lib/connection-plan/schema';
import { connectionPlanSchema } from '@/lib/openapi/models/connection-plan';
import { planForRequest } from '@/lib/server/connection-plan/plan-for-request';
import { defineOperation } from '../define-operation';
import { clusterIdParam } from './params';

export const connectionPlanOperationList = [
  defineOperation({
    path: API_PATHS.connectionPlan,
    method: 'post',
    operationId: 'connectionPlan',
    tag: 'Connect and diagnose',
    access: 'cluster',
    summary: 'The steps to connect this cluster (local side) to a remote, for where each runs',
    description:
      'Where each side runs comes from the body, else the registry, else a ' +
      'guess from nodes info (said so in source). Writes nothing. The ' +
      'body never carries the key: artifacts hold keyPlaceholder instead.',
    pathParams: { id: clusterIdParam },
    body: {
      name: 'ConnectionPlanRequest',
      schema: connectionPlanRequestSchema,
      examples: {
        eckToEch: {
          alias: 'cloud-logs',
          securityModel: 'api_key',
          local: { deployment: { type: 'eck', name: 'quickstart', namespace: 'search', eckVersion: '3.3.0' } },
          remote: {
            address: 'logs.es.us-east-1.aws.found.io:9443',
            deployment: { type: 'ech', deploymentId: '0123456789abcdef0123456789abcdef' },
          },
          access: { search: [{ names: ['logs-*'] }] },
        },
      },
    },
    response: { name: 'ConnectionPlan', schema: connectionPlanSchema, description: 'The plan.' },
    errors: [413],
    handle: ({ request, target, body }) => planForRequest(request, target, body),
  }),
];
