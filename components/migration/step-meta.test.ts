import { describe, expect, it } from 'vitest';
import { newMigrationState, type MigrationAction, type MigrationState } from '@/lib/migration/model';
import { openStepOf, stepStatus } from './step-meta';

const record = (ok: boolean) => ({ at: '2026-01-01T00:00:00Z', by: 'elastic', ok, summary: '' });
const snapshot = {
  takenAt: '2026-01-01T00:00:00Z',
  takenBy: 'elastic',
  persistent: { seeds: ['127.0.0.1:9302'] },
  transient: {},
  nodeDefined: {},
};

function stateWith(
  done: MigrationAction[],
  failed: MigrationAction[] = [],
  status: MigrationState['status'] = 'in_progress',
): MigrationState {
  const steps = Object.fromEntries([
    ...done.map((step) => [step, record(true)]),
    ...failed.map((step) => [step, record(false)]),
  ]);
  return { ...newMigrationState('legacy', 'elastic'), snapshot, status, steps };
}

describe('where the assistant opens', () => {
  it('opens at the first step not done, and keeps a failed step open to retry it', () => {
    expect(openStepOf(null)).toBe('snapshot');
    expect(openStepOf(stateWith(['snapshot']))).toBe('pause_tasks');
    expect(openStepOf(stateWith(['snapshot', 'pause_tasks', 'update_roles', 'remove_remote']))).toBe('credentials');
    expect(
      openStepOf(
        stateWith(
          ['snapshot', 'pause_tasks', 'update_roles', 'remove_remote', 'credentials', 'add_remote'],
          ['verify'],
        ),
      ),
    ).toBe('verify');
  });

  it("does not go back to a skipped role update once a later step is done (the server's next would)", () => {
    expect(openStepOf(stateWith(['snapshot', 'pause_tasks']))).toBe('update_roles');
    expect(openStepOf(stateWith(['snapshot', 'pause_tasks', 'remove_remote']))).toBe('credentials');
  });

  it('opens the rollback once rolled back, and the last step once everything is done', () => {
    expect(openStepOf(stateWith(['snapshot', 'rollback'], [], 'rolled_back'))).toBe('rollback');
    const all: MigrationAction[] = [
      'snapshot',
      'pause_tasks',
      'update_roles',
      'remove_remote',
      'credentials',
      'add_remote',
      'verify',
      'resume_tasks',
    ];
    expect(openStepOf(stateWith(all, [], 'completed'))).toBe('resume_tasks');
  });
});

describe('step statuses come from the saved state', () => {
  it('marks each step done, failed or to do', () => {
    const state = stateWith(['snapshot'], ['pause_tasks']);
    expect(stepStatus(state, 'inventory')).toBe('done');
    expect(stepStatus(null, 'inventory')).toBe('todo');
    expect(stepStatus(state, 'snapshot')).toBe('done');
    expect(stepStatus(state, 'pause_tasks')).toBe('failed');
    expect(stepStatus(state, 'update_roles')).toBe('todo');
  });

  it('counts a rollback done only once its verification passed', () => {
    expect(stepStatus(stateWith(['snapshot', 'rollback'], [], 'rolled_back'), 'rollback')).toBe('verify');
    expect(stepStatus(stateWith(['snapshot', 'rollback'], ['rollback_verify'], 'rolled_back'), 'rollback')).toBe(
      'failed',
    );
    expect(stepStatus(stateWith(['snapshot', 'rollback', 'rollback_verify'], [], 'rolled_back'), 'rollback')).toBe(
      'done',
    );
  });
});

describe('statuses after a rollback', () => {
  const changes: MigrationAction[] = ['snapshot', 'pause_tasks', 'update_roles', 'remove_remote', 'credentials'];

  it('marks the reverted changes undone, and the rollback waiting for its check, then done', () => {
    const rolledBack = stateWith([...changes, 'rollback'], [], 'rolled_back');
    expect(stepStatus(rolledBack, 'snapshot')).toBe('done');
    expect(stepStatus(rolledBack, 'remove_remote')).toBe('undone');
    expect(stepStatus(rolledBack, 'credentials')).toBe('undone');
    expect(stepStatus(rolledBack, 'add_remote')).toBe('todo');
    expect(stepStatus(rolledBack, 'rollback')).toBe('verify');
    expect(stepStatus(stateWith([...changes, 'rollback', 'rollback_verify'], [], 'rolled_back'), 'rollback')).toBe(
      'done',
    );
  });

  it('says a failed rollback or check failed', () => {
    expect(stepStatus(stateWith(changes, ['rollback']), 'rollback')).toBe('failed');
    expect(stepStatus(stateWith([...changes, 'rollback'], ['rollback_verify'], 'rolled_back'), 'rollback')).toBe(
      'failed',
    );
  });
});
