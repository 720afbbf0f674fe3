import { z } from 'zod';
import { addRemoteInputSchema, updateRolesInputSchema, verifyInputSchema } from '@/lib/migration/schema';
import {
  migrationActionAnswerSchema,
  migrationActions,
  migrationForgottenSchema,
  migrationOverviewSchema,
} from '../models/migration';
import type { ApiOperation } from '../route-types';
import { clusterIdParam, remoteNameParam } from './params';

const TAG = 'Migration to the API-key model';
const BASE = '/api/clusters/{id}/remote_clusters/{name}/migration';

export const migrationRoutes: ApiOperation[] = [
  {
    path: BASE,
    method: 'get',
    operationId: 'migrationOverview',
    tag: TAG,
    access: 'cluster',
    summary: 'Where the migration of this certificate-model remote stands, and what it involves',
    pathParams: { id: clusterIdParam, name: remoteNameParam },
    query: {
      remoteCluster: {
        description: 'The registered id of the remote, for role suggestions from its roles (needs a sign-in there).',
        schema: clusterIdParam.schema,
        example: 'remote',
      },
    },
    response: {
      name: 'MigrationOverview',
      schema: migrationOverviewSchema,
      description: 'The saved state, the inventory, role suggestions and keystore commands.',
    },
  },
  {
    path: BASE,
    method: 'delete',
    operationId: 'migrationForget',
    tag: TAG,
    access: 'cluster',
    summary: 'Forget a completed or rolled-back migration (409 while in progress)',
    pathParams: { id: clusterIdParam, name: remoteNameParam },
    response: {
      name: 'MigrationForgotten',
      schema: migrationForgottenSchema,
      description: 'Forgotten, with its saved copy of the settings.',
    },
    errors: [409],
  },
  {
    path: `${BASE}/{action}`,
    method: 'post',
    operationId: 'migrationAction',
    tag: TAG,
    access: 'cluster',
    summary: 'Run one migration step, or roll back; ?dryRun=true only plans',
    description:
      'Steps run in order (409 naming the missing ones). update_roles, add_remote and verify take a body; the others none.',
    pathParams: {
      id: clusterIdParam,
      name: remoteNameParam,
      action: { description: 'The step or rollback.', schema: z.enum(migrationActions), example: 'snapshot' },
    },
    query: {
      dryRun: {
        description: '`true`: answer the exact requests without sending them.',
        schema: z.enum(['true', 'false']),
      },
    },
    body: {
      name: 'MigrationActionInput',
      schema: z.union([updateRolesInputSchema, addRemoteInputSchema, verifyInputSchema]),
      optional: true,
      description: 'update_roles: roles; add_remote: mode, address, serverName; verify: testIndex.',
      examples: { add_remote: { mode: 'proxy', address: 'remote.example.com:9443', serverName: 'remote.example.com' } },
    },
    response: {
      name: 'MigrationActionAnswer',
      schema: migrationActionAnswerSchema,
      description: 'The requests sent (or planned), their outcome and the state after.',
    },
    errors: [409, 413],
  },
];
