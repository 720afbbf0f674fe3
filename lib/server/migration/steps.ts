import 'server-only';
import type { Client } from '@elastic/elasticsearch';
import { credentialsSettingName } from '@/lib/cross-cluster-api-keys/keystore-commands';
import { reshapeReload, type RawReloadResponse } from '@/lib/connect/reload';
import {
  newMigrationState,
  type MigrationAction,
  type MigrationState,
  type SettingsSnapshot,
} from '@/lib/migration/model';
import {
  addRemoteRequest,
  reloadRequest,
  removeRemoteRequest,
  restoreSettingsRequests,
  rollbackRoleRequests,
  roleRequests,
  roleWithRemoteIndices,
  taskRequest,
  type PlannedRequest,
} from '@/lib/migration/requests';
import type { AddRemoteInput, UpdateRolesInput } from '@/lib/migration/schema';
import { writableBody, type RawRole } from '@/lib/roles/model';
import { roleBodySchema } from '@/lib/roles/schema';
import { flattenSettings, readBoolean, remoteSettingsByAlias } from '@/lib/remote-clusters/settings';
import { ApiError } from '@/lib/server/http/api-error';
import type { RequestResult } from '@/lib/migration/answers';
import { send } from './execute';
import { readInventory } from './inventory';
import { ownEntry } from '@/lib/own-entry';

// What each step plans (shown before it runs) and does. Every step records its outcome in the state, so the
// assistant can be resumed, retried, or rolled back from wherever it stopped.

export interface StepContext {
  client: Client;
  alias: string;
  by: string;
  state: MigrationState | null;
}

export interface StepOutcome {
  state: MigrationState;
  ok: boolean;
  summary: string;
  results: RequestResult[];
}

export async function readSnapshot(client: Client, alias: string, by: string): Promise<SettingsSnapshot> {
  const settings = await client.cluster.getSettings({
    include_defaults: true,
    filter_path: ['persistent.cluster.remote', 'transient.cluster.remote', 'defaults.cluster.remote'],
  });
  const section = (name: 'persistent' | 'transient' | 'defaults') =>
    remoteSettingsByAlias(flattenSettings(settings[name])).get(alias) ?? {};
  return {
    takenAt: new Date().toISOString(),
    takenBy: by,
    persistent: section('persistent'),
    transient: section('transient'),
    nodeDefined: section('defaults'),
  };
}

export function requireState(state: MigrationState | null): MigrationState {
  if (!state?.snapshot)
    throw new ApiError(
      409,
      'Save the current settings first (the snapshot step): nothing is changed before they are saved.',
    );
  return state;
}

/** Runs the role changes: each role keeps its body from before the migration's first change, for a rollback. */
export async function updateRoles(
  context: StepContext,
  input: UpdateRolesInput,
): Promise<{ requests: PlannedRequest[]; changes: MigrationState['roleChanges'] }> {
  const state = requireState(context.state);
  const changes = await Promise.all(
    input.roles.map(async ({ name, remote_indices: added }) => {
      const current = ownEntry((await context.client.security.getRole({ name })) as Record<string, RawRole>, name);
      if (!current) throw new ApiError(404, `There is no role "${name}" on the local cluster.`);
      if (current.metadata?._reserved === true)
        throw new ApiError(400, `"${name}" is a built-in role: it cannot be changed.`);
      const earlier = state.roleChanges.find((change) => change.name === name);
      const before = earlier?.before ?? writableBody(current);
      const body = roleWithRemoteIndices(writableBody(current), context.alias, added as Record<string, unknown>[]);
      roleBodySchema.parse(body);
      return { name, before, added: added as Record<string, unknown>[], body };
    }),
  );
  const requests = roleRequests(changes.map(({ name, body }) => ({ name, body })));
  return { requests, changes: changes.map(({ name, before, added }) => ({ name, before, added })) };
}

export function skipUnavailableOf(snapshot: SettingsSnapshot): boolean {
  return readBoolean(snapshot.transient.skip_unavailable) ?? readBoolean(snapshot.persistent.skip_unavailable) ?? true;
}

/** The planned requests of one action, from the state and the inventory read now. */
export async function plan(
  context: StepContext,
  action: MigrationAction,
  input: { addRemote?: AddRemoteInput },
): Promise<PlannedRequest[]> {
  const { alias } = context;
  switch (action) {
    case 'snapshot':
      return [{ method: 'GET', path: '/_cluster/settings?include_defaults=true' }];
    case 'pause_tasks':
      return (await readInventory(context.client, alias)).tasks
        .filter((task) => task.running)
        .map((task) => taskRequest(task, 'pause'));
    case 'remove_remote':
      return [removeRemoteRequest(alias, requireState(context.state).snapshot!)];
    case 'credentials':
      return [reloadRequest()];
    case 'add_remote':
      if (!input.addRemote)
        throw new ApiError(400, 'Invalid request: address: is required', { fields: { address: 'is required' } });
      return [addRemoteRequest(alias, input.addRemote, skipUnavailableOf(requireState(context.state).snapshot!))];
    case 'resume_tasks':
      return requireState(context.state).pausedTasks.map((task) => taskRequest(task, 'resume'));
    case 'rollback': {
      const state = requireState(context.state);
      return [
        ...restoreSettingsRequests(alias, state.snapshot!),
        ...rollbackRoleRequests(state.roleChanges),
        ...state.pausedTasks.map((task) => taskRequest(task, 'resume')),
      ];
    }
    case 'rollback_verify':
      return [
        reloadRequest(),
        { method: 'GET', path: `/_resolve/cluster/${alias}:*?timeout=5s` },
        { method: 'GET', path: '/_remote/info' },
      ];
    default:
      return [];
  }
}

export function record(
  state: MigrationState,
  action: MigrationAction,
  by: string,
  ok: boolean,
  summary: string,
): MigrationState {
  return { ...state, steps: { ...state.steps, [action]: { at: new Date().toISOString(), by, ok, summary } } };
}

/** The first state of a migration: the snapshot, refused for a remote the API cannot change or already migrated. */
export async function startMigration(
  context: StepContext,
  securityModel: 'api_key' | 'certificate',
): Promise<StepOutcome> {
  if (context.state && context.state.status === 'in_progress' && context.state.snapshot) {
    return {
      state: context.state,
      ok: true,
      summary: 'The settings were saved already; the saved copy is kept.',
      results: [],
    };
  }
  const snapshot = await readSnapshot(context.client, context.alias, context.by);
  if (Object.keys(snapshot.persistent).length === 0 && Object.keys(snapshot.transient).length === 0) {
    throw new ApiError(
      400,
      Object.keys(snapshot.nodeDefined).length > 0
        ? `"${context.alias}" is defined in elasticsearch.yml: the API cannot ` +
            `change it. Migrate it by editing elasticsearch.yml on every node.`
        : `There is no remote cluster "${context.alias}" in the cluster settings.`,
    );
  }
  if (securityModel === 'api_key')
    throw new ApiError(400, `"${context.alias}" already uses the API-key model: there is nothing to migrate.`);
  // A finished migration's document is replaced (its version lets the write go through); an unfinished one never is.
  const state = { ...newMigrationState(context.alias, context.by), snapshot, version: context.state?.version };
  return {
    state: record(
      state,
      'snapshot',
      context.by,
      true,
      `Saved ${Object.keys(snapshot.persistent).length} persistent and ` +
        `${Object.keys(snapshot.transient).length} transient settings.`,
    ),
    ok: true,
    summary: 'Settings saved.',
    results: [],
  };
}

/** Checks the reload reached every node and that each node's keystore now holds the alias's credentials. */
export async function reloadAndCheck(
  context: StepContext,
): Promise<{ ok: boolean; summary: string; results: RequestResult[] }> {
  const result = await send(context.client, reloadRequest());
  if (!result.ok) return { ok: false, summary: `The reload failed: ${result.error}`, results: [result] };
  const reload = reshapeReload(result.response as RawReloadResponse);
  const setting = credentialsSettingName(context.alias);
  const missing = reload.nodes
    .filter((node) => node.secureSettingNames && !node.secureSettingNames.includes(setting))
    .map((node) => node.name);
  if (reload.failedNodes.length > 0)
    return { ok: false, summary: `The reload failed on ${reload.failedNodes.join(', ')}.`, results: [result] };
  if (missing.length > 0)
    return {
      ok: false,
      summary: `${missing.join(', ')} do not hold ${setting}: run the keystore command there, then retry.`,
      results: [result],
    };
  return { ok: true, summary: `Reloaded on ${reload.nodes.length} node(s); each holds ${setting}.`, results: [result] };
}
