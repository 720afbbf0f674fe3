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
export type StepStatus = 'done' | 'failed' | 'todo';

export const ASSISTANT_STEPS: AssistantStep[] = ['inventory', ...MIGRATION_STEPS, 'rollback'];

export const STEP_TITLES: Record<AssistantStep, string> = {
  inventory: 'a. Take stock: what uses the alias, and the roles',
  snapshot: 'b. Save the current settings',
  pause_tasks: 'c1. Pause the tasks that use the alias',
  update_roles: 'c2. Give the roles remote_indices',
  remove_remote: 'c3. Remove the certificate-model definition',
  credentials: 'c4. Cross-cluster API key and keystore',
  add_remote: 'c5. Add the remote again on the remote cluster server',
  verify: 'c6. Verify the API-key connection',
  resume_tasks: 'd. Resume the paused tasks',
  rollback: 'e. Roll back',
};

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

export function stepStatus(state: MigrationState | null, step: AssistantStep): StepStatus {
  if (step === 'inventory') return state?.snapshot ? 'done' : 'todo';
  if (step === 'rollback') {
    // The rollback is done once its verification passed; a failure of either part shows.
    const [run, verified] = [actionStatus(state, 'rollback'), actionStatus(state, 'rollback_verify')];
    return run === 'failed' || verified === 'failed' ? 'failed' : verified === 'done' ? 'done' : 'todo';
  }
  return actionStatus(state, step);
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
