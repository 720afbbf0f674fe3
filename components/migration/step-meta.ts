import {
  MIGRATION_STEPS,
  type MigrationAction,
  type MigrationState,
  type MigrationStep,
  type TaskKind,
} from '@/lib/migration/model';

// Titles and statuses of the assistant's steps, in the words of issue 7's outline (a: inventory, b: snapshot,
// c: the changes, d: resume, e: rollback). Statuses come only from the saved state, never from the browser.

export type AssistantStep = 'inventory' | MigrationStep | 'rollback';
/**
 * 'undone': done, then reverted by the rollback; 'verify': the rollback's requests ran and its check has not passed
 * yet (the key must first leave the keystore).
 */
export type StepStatus = 'done' | 'failed' | 'todo' | 'undone' | 'verify';

export const ASSISTANT_STEPS: AssistantStep[] = ['inventory', ...MIGRATION_STEPS, 'rollback'];

// EuiStep numbers the steps: titles carry no letters of their own (two numberings confused people).
export const STEP_TITLES: Record<AssistantStep, string> = {
  inventory: 'Take stock: what uses the alias, and the roles',
  snapshot: 'Save the current settings',
  pause_tasks: 'Pause the tasks that use the alias',
  update_roles: 'Give the roles remote_indices',
  remove_remote: 'Remove the certificate-model definition',
  credentials: 'Cross-cluster API key and keystore',
  add_remote: 'Add the remote again on the remote cluster server',
  verify: 'Verify the API-key connection',
  resume_tasks: 'Resume the paused tasks',
  rollback: 'Roll back',
};

/** "step 3": how advice names another step, by the number EuiStep shows beside it. */
export function stepRef(step: AssistantStep): string {
  return `step ${ASSISTANT_STEPS.indexOf(step) + 1}`;
}

export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  transform: 'Transforms',
  datafeed: 'Anomaly detection datafeeds',
  auto_follow_pattern: 'Auto-follow patterns',
  follower_index: 'Follower indices',
};

export function actionStatus(state: MigrationState | null, action: MigrationAction): StepStatus {
  const record = state?.steps[action];
  return record ? (record.ok ? 'done' : 'failed') : 'todo';
}

/** The changes a rollback reverts: every step but the saved settings (and taking stock, which changes nothing). */
const REVERTED_BY_ROLLBACK: readonly AssistantStep[] = MIGRATION_STEPS.filter((step) => step !== 'snapshot');

export function stepStatus(state: MigrationState | null, step: AssistantStep): StepStatus {
  if (step === 'inventory') return state?.snapshot ? 'done' : 'todo';
  if (step === 'rollback') {
    // Done once its check passed; between its requests and that check it waits for the keystore ('verify').
    const [run, verified] = [actionStatus(state, 'rollback'), actionStatus(state, 'rollback_verify')];
    if (run === 'failed' || verified === 'failed') return 'failed';
    if (verified === 'done') return 'done';
    if (run === 'done') return 'verify';
    return 'todo';
  }
  const own = actionStatus(state, step);
  return state?.status === 'rolled_back' && own === 'done' && REVERTED_BY_ROLLBACK.includes(step) ? 'undone' : own;
}

/**
 * Where the assistant opens: the first step not done. Unlike the server's `next`, a role update that was skipped
 * (nothing to give remote_indices to) does not hold it once a later step is done.
 */
export function openStepOf(state: MigrationState | null): Exclude<AssistantStep, 'inventory'> {
  if (!state) return 'snapshot';
  if (state.status === 'rolled_back') return 'rollback';
  const done = (step: MigrationStep) => state.steps[step]?.ok === true;
  const open = MIGRATION_STEPS.find(
    (step, index) => !done(step) && !(step === 'update_roles' && MIGRATION_STEPS.slice(index + 1).some(done)),
  );
  return open ?? 'resume_tasks';
}
