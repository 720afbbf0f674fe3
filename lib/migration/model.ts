import type { AliasSettings } from '@/lib/remote-clusters/settings';

// The in-place migration of one remote from the certificate model to the API-key model (same alias, so searches,
// replication and jobs keep their names). Its state lives in an index on the local cluster, so it survives a
// closed browser and can be resumed or rolled back by anyone allowed to.

export const MIGRATION_INDEX = 'remote-clusters-console-migrations';

export const MIGRATION_STEPS = [
  'snapshot',
  'pause_tasks',
  'update_roles',
  'remove_remote',
  'credentials',
  'add_remote',
  'verify',
  'resume_tasks',
] as const;
export type MigrationStep = (typeof MIGRATION_STEPS)[number];
export type MigrationAction = MigrationStep | 'rollback' | 'rollback_verify';

export type TaskKind = 'transform' | 'datafeed' | 'auto_follow_pattern' | 'follower_index';

/** Something on the local cluster that uses the alias and must not run while the remote is away. */
export interface TaskRef {
  kind: TaskKind;
  id: string;
  /** Whether it was running when found: only those are paused and later resumed. */
  running: boolean;
}

/** A feature whose API is absent on this cluster (a distribution without the module, or a licence without it). */
export interface UnavailableFeature {
  kind: TaskKind;
  reason: string;
}

export interface RoleChange {
  name: string;
  /** The role as it was (writable body), restored by a rollback. */
  before: Record<string, unknown>;
  /** The remote_indices entries added for the alias. */
  added: Record<string, unknown>[];
}

export interface SettingsSnapshot {
  takenAt: string;
  takenBy: string;
  persistent: AliasSettings;
  transient: AliasSettings;
  /** Settings from elasticsearch.yml: the API cannot change them, so the migration refuses such a remote. */
  nodeDefined: AliasSettings;
}

export interface StepRecord {
  at: string;
  by: string;
  ok: boolean;
  summary: string;
}

export interface MigrationState {
  alias: string;
  status: 'in_progress' | 'completed' | 'rolled_back';
  startedAt: string;
  startedBy: string;
  snapshot: SettingsSnapshot | null;
  pausedTasks: TaskRef[];
  roleChanges: RoleChange[];
  /** The new definition on the remote cluster server, once added. */
  newRemote: { mode: 'sniff' | 'proxy'; address: string; serverName?: string } | null;
  steps: Partial<Record<MigrationAction, StepRecord>>;
  /** Optimistic concurrency: Elasticsearch's seq_no/primary_term of the state document. */
  version?: { seqNo: number; primaryTerm: number };
}

export function newMigrationState(alias: string, by: string, now = new Date()): MigrationState {
  return {
    alias,
    status: 'in_progress',
    startedAt: now.toISOString(),
    startedBy: by,
    snapshot: null,
    pausedTasks: [],
    roleChanges: [],
    newRemote: null,
    steps: {},
  };
}

/** The first step not done yet (rollback aside): where the assistant opens. */
export function nextStep(state: MigrationState | null): MigrationStep {
  if (!state) return 'snapshot';
  return MIGRATION_STEPS.find((step) => !state.steps[step]?.ok) ?? 'resume_tasks';
}

/** Steps need their predecessors: nothing is removed before the settings are saved and the tasks paused. */
export function missingBefore(state: MigrationState | null, step: MigrationStep): MigrationStep[] {
  const index = MIGRATION_STEPS.indexOf(step);
  // Roles may be updated any time after the snapshot: their old bodies are kept by the step itself.
  const required = MIGRATION_STEPS.slice(0, index).filter((earlier) => earlier !== 'update_roles');
  return required.filter((earlier) => !state?.steps[earlier]?.ok);
}
