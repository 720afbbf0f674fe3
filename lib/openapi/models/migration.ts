import { z } from 'zod';
import { MIGRATION_STEPS } from '@/lib/migration/model';
import { remoteClusterSchema, diagnosisSchema } from './remote-clusters';

// The migration routes' answers. The saved state, the inventory and the planned requests are described by their
// top-level fields only (open objects): the migration feature owns their details and is still moving.

const openObject = (description: string) => z.looseObject({}).describe(description);
const migrationState = openObject(
  'The saved migration state: status (in_progress, completed, ' +
    'rolled_back), snapshot, paused tasks, role changes, steps done.',
);

export const migrationActions = [...MIGRATION_STEPS, 'rollback', 'rollback_verify'] as const;

export const migrationOverviewSchema = z.object({
  alias: z.string(),
  remote: remoteClusterSchema
    .nullable()
    .describe('The remote as the local cluster has it now; null while removed mid-migration.'),
  state: migrationState.nullable(),
  next: z.unknown().describe('The next step to run, or null when none is left.'),
  inventory: openObject(
    'What on the local cluster uses the alias (transforms, datafeeds, ' +
      'auto-follow patterns, followers) and the roles that name it.',
  ),
  suggestions: z.union([
    z.object({ available: z.literal(true), roles: z.array(z.looseObject({ name: z.string() })) }),
    z.object({ available: z.literal(false), reason: z.string() }),
  ]),
  keystore: z.object({ add: z.unknown().describe('The keystore commands for every local node.'), remove: z.string() }),
});

export const migrationActionAnswerSchema = z.object({
  action: z.enum(migrationActions),
  dryRun: z.boolean(),
  requests: z.array(openObject('One Elasticsearch request, exactly as (to be) sent.')),
  ok: z.boolean().optional(),
  summary: z.string().optional(),
  results: z.array(openObject('The outcome of one request.')).optional(),
  diagnosis: diagnosisSchema.optional(),
  state: migrationState.nullable(),
});

export const migrationForgottenSchema = z.object({
  forgotten: z.string().describe('The alias whose finished migration was forgotten.'),
});
