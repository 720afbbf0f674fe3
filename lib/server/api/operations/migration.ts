import 'server-only';
import { z } from 'zod';
import { API_PATHS } from '@/lib/api/paths';
import { addRemoteInputSchema, updateRolesInputSchema, verifyInputSchema } from '@/lib/migration/schema';
import {
  migrationActionAnswerSchema,
  migrationActions,
  migrationForgottenSchema,
  migrationOverviewSchema,
} from '@/lib/openapi/models/migration';
import { ApiError } from '@/lib/server/http/api-error';
import { migrationOverview } from '@/lib/server/migration/overview';
import { runMigrationAction } from '@/lib/server/migration/run-action';
import { deleteMigration, readMigration } from '@/lib/server/migration/store';
import { defineOperation } from '../define-operation';
import { booleanFlag, clusterIdParam, remoteNameParam } from './params';

const TAG = 'Migration to the API-key model';
// Which actions read a body: the others take none, and a body sent to them is not read.
const TAKES_BODY = new Set(['update_roles', 'add_remote', 'verify']);

export const migrationOperationList = [
  defineOperation({
    path: API_PATHS.migration,
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
    handle: ({ request, target, params, query }) =>
      migrationOverview(request, target, params.name, query.remoteCluster ?? null),
  }),
  defineOperation({
    path: API_PATHS.migration,
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
    // The saved copy goes with it: the page offers it for download first.
    handle: async ({ target, params: { name: alias } }) => {
      const state = await readMigration(target.es, alias);
      if (state?.status === 'in_progress') {
        throw new ApiError(409, `The migration of "${alias}" is in progress: finish it or roll it back first.`);
      }
      await deleteMigration(target.es, alias);
      return { forgotten: alias };
    },
  }),
  defineOperation({
    path: API_PATHS.migrationAction,
    method: 'post',
    operationId: 'migrationAction',
    tag: TAG,
    access: 'cluster',
    summary: 'Run one migration step, or roll back; ?dryRun=true only plans',
    description:
      'Steps run in order (409 naming the missing ones). update_roles, ' +
      'add_remote and verify take a body; the others none.',
    pathParams: {
      id: clusterIdParam,
      name: remoteNameParam,
      action: {
        description: 'The step or rollback.',
        schema: z.enum(migrationActions, { error: `must be one of ${migrationActions.join(', ')}` }),
        example: 'snapshot',
      },
    },
    query: {
      dryRun: { description: '`true`: answer the exact requests without sending them.', schema: booleanFlag },
    },
    body: {
      name: 'MigrationActionInput',
      schema: z.union([updateRolesInputSchema, addRemoteInputSchema, verifyInputSchema]),
      optional: true,
      raw: true,
      description: 'update_roles: roles; add_remote: mode, address, serverName; verify: testIndex.',
      examples: { add_remote: { mode: 'proxy', address: 'remote.example.com:9443', serverName: 'remote.example.com' } },
    },
    response: {
      name: 'MigrationActionAnswer',
      schema: migrationActionAnswerSchema,
      description: 'The requests sent (or planned), their outcome and the state after.',
    },
    errors: [409, 413],
    handle: ({ target, params, query, body }) => {
      const takesBody = TAKES_BODY.has(params.action);
      if (takesBody && body === undefined) throw new ApiError(400, 'The request needs a JSON body.');
      return runMigrationAction(
        target,
        params.name,
        params.action,
        takesBody ? body : undefined,
        query.dryRun === true,
      );
    },
  }),
];
