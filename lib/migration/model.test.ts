import { describe, expect, it } from 'vitest';
import { missingBefore, newMigrationState, nextStep, type MigrationState } from './model';
import { addRemoteRequest, restoreSettingsRequests, roleWithRemoteIndices, taskRequest } from './requests';
import { suggestRemoteIndices } from './role-suggestions';
import { toRoleView } from '@/lib/roles/model';

const done = (state: MigrationState, ...steps: (keyof MigrationState['steps'])[]) => ({
  ...state,
  steps: Object.fromEntries(steps.map((step) => [step, { at: '', by: 'elastic', ok: true, summary: '' }])),
});

describe('migration steps', () => {
  it('opens at the first step not done, and needs the earlier ones (roles excepted)', () => {
    const state = newMigrationState('legacy', 'elastic', new Date('2026-01-01T00:00:00Z'));
    expect(nextStep(null)).toBe('snapshot');
    expect(nextStep(done(state, 'snapshot'))).toBe('pause_tasks');
    expect(missingBefore(done(state, 'snapshot'), 'remove_remote')).toEqual(['pause_tasks']);
    expect(missingBefore(done(state, 'snapshot', 'pause_tasks'), 'remove_remote')).toEqual([]);
    expect(missingBefore(done(state, 'snapshot', 'pause_tasks', 'remove_remote'), 'add_remote')).toEqual([
      'credentials',
    ]);
  });
});

describe('migration requests', () => {
  const snapshot = {
    takenAt: '',
    takenBy: 'elastic',
    persistent: { seeds: ['127.0.0.1:9302'], skip_unavailable: 'false' },
    transient: { 'transport.ping_schedule': '30s' },
    nodeDefined: {},
  };

  it('restores the saved definition exactly: every key removed, then the saved values written', () => {
    const [removal, restore] = restoreSettingsRequests('legacy', snapshot);
    expect(removal?.body).toMatchObject({
      persistent: { 'cluster.remote.legacy.seeds': null, 'cluster.remote.legacy.mode': null },
      transient: { 'cluster.remote.legacy.transport.ping_schedule': null },
    });
    expect(restore?.body).toEqual({
      persistent: {
        'cluster.remote.legacy.seeds': ['127.0.0.1:9302'],
        'cluster.remote.legacy.skip_unavailable': 'false',
      },
      transient: { 'cluster.remote.legacy.transport.ping_schedule': '30s' },
    });
  });

  it('re-adds the alias on the remote cluster server keeping skip_unavailable', () => {
    const request = addRemoteRequest('legacy', { mode: 'sniff', address: '127.0.0.1:9444' }, false);
    expect(request.body).toMatchObject({
      persistent: {
        'cluster.remote.legacy.seeds': ['127.0.0.1:9444'],
        'cluster.remote.legacy.skip_unavailable': false,
        'cluster.remote.legacy.mode': 'sniff',
      },
    });
  });

  it('pauses and resumes each kind of task with its own API', () => {
    expect(taskRequest({ kind: 'follower_index', id: 'follower-1', running: true }, 'pause')).toEqual({
      method: 'POST',
      path: '/follower-1/_ccr/pause_follow',
    });
    expect(taskRequest({ kind: 'transform', id: 't 1', running: true }, 'resume')).toEqual({
      method: 'POST',
      path: '/_transform/t%201/_start',
    });
  });

  it('adds remote_indices for the alias, replacing only entries for exactly that alias', () => {
    const before = {
      cluster: ['monitor'],
      remote_indices: [
        { clusters: ['legacy'], names: ['old-*'], privileges: ['read'] },
        { clusters: ['other'], names: ['x'], privileges: ['read'] },
      ],
    };
    const after = roleWithRemoteIndices(before, 'legacy', [
      { clusters: ['legacy'], names: ['legacy-*'], privileges: ['read'] },
    ]);
    expect(after.remote_indices).toEqual([
      { clusters: ['other'], names: ['x'], privileges: ['read'] },
      { clusters: ['legacy'], names: ['legacy-*'], privileges: ['read'] },
    ]);
    expect(after.cluster).toEqual(['monitor']);
  });
});

describe('suggestRemoteIndices', () => {
  it("turns the remote namesake's index privileges into remote_indices, for non-reserved local roles only", () => {
    const local = [
      toRoleView('legacy-reader', {}),
      toRoleView('superuser', { metadata: { _reserved: true } }),
      toRoleView('lonely', {}),
    ];
    const remote = {
      'legacy-reader': {
        indices: [{ names: ['legacy-*'], privileges: ['read', 'read_cross_cluster'], allow_restricted_indices: false }],
      },
      superuser: { indices: [{ names: ['*'], privileges: ['all'] }] },
    };
    const suggestions = suggestRemoteIndices(local, remote, 'legacy');
    expect(suggestions).toEqual([
      {
        name: 'legacy-reader',
        remoteIndices: [{ clusters: ['legacy'], names: ['legacy-*'], privileges: ['read', 'read_cross_cluster'] }],
        source: 'the role "legacy-reader" on the remote grants read, read_cross_cluster on legacy-*',
      },
    ]);
  });
});
