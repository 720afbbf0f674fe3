import { credentialsSettingName } from '@/lib/cross-cluster-api-keys/keystore-commands';
import { serializeRemoteCluster, serializeRemoteClusterRemoval } from '@/lib/remote-clusters/serialize';
import { settingKey } from '@/lib/remote-clusters/settings';
import {
  MIGRATION_INDEX,
  type MigrationState,
  type RoleChange,
  type SettingsSnapshot,
  type TaskKind,
  type TaskRef,
} from './model';

// The exact requests each migration step sends, built before they are sent: the assistant shows them, the
// server then sends these same objects. Pure, so what is shown and what is done cannot drift apart.

export interface PlannedRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
}

export function taskRequest(task: TaskRef, action: 'pause' | 'resume'): PlannedRequest {
  const id = encodeURIComponent(task.id);
  const paths: Record<TaskKind, [string, string]> = {
    transform: [`/_transform/${id}/_stop?wait_for_completion=true`, `/_transform/${id}/_start`],
    datafeed: [`/_ml/datafeeds/${id}/_stop`, `/_ml/datafeeds/${id}/_start`],
    auto_follow_pattern: [`/_ccr/auto_follow/${id}/pause`, `/_ccr/auto_follow/${id}/resume`],
    follower_index: [`/${id}/_ccr/pause_follow`, `/${id}/_ccr/resume_follow`],
  };
  return { method: 'POST', path: paths[task.kind][action === 'pause' ? 0 : 1] };
}

export function stateDocumentPath(alias: string): string {
  return `/${MIGRATION_INDEX}/_doc/${encodeURIComponent(alias)}`;
}

export function roleRequests(changes: { name: string; body: Record<string, unknown> }[]): PlannedRequest[] {
  return changes.map(({ name, body }) => ({
    method: 'PUT',
    path: `/_security/role/${encodeURIComponent(name)}?refresh=wait_for`,
    body,
  }));
}

/** The role with the alias's remote_indices added (entries already there for exactly this alias are replaced). */
export function roleWithRemoteIndices(
  before: Record<string, unknown>,
  alias: string,
  added: Record<string, unknown>[],
): Record<string, unknown> {
  const existing = Array.isArray(before.remote_indices) ? (before.remote_indices as { clusters?: string[] }[]) : [];
  const others = existing.filter((entry) => !(entry.clusters?.length === 1 && entry.clusters[0] === alias));
  return { ...before, remote_indices: [...others, ...added] };
}

export function removeRemoteRequest(alias: string, snapshot: SettingsSnapshot): PlannedRequest {
  return {
    method: 'PUT',
    path: '/_cluster/settings',
    body: serializeRemoteClusterRemoval([
      { name: alias, existing: { persistent: snapshot.persistent, transient: snapshot.transient } },
    ]),
  };
}

export function reloadRequest(): PlannedRequest {
  return { method: 'POST', path: '/_nodes/reload_secure_settings' };
}

export function addRemoteRequest(
  alias: string,
  remote: NonNullable<MigrationState['newRemote']>,
  skipUnavailable: boolean,
): PlannedRequest {
  const definition =
    remote.mode === 'sniff'
      ? { mode: 'sniff' as const, seeds: [remote.address], skipUnavailable }
      : { mode: 'proxy' as const, proxyAddress: remote.address, serverName: remote.serverName, skipUnavailable };
  return { method: 'PUT', path: '/_cluster/settings', body: serializeRemoteCluster(alias, definition) };
}

export function verifyRequests(alias: string, testIndex?: string): PlannedRequest[] {
  return [
    { method: 'GET', path: '/_remote/info' },
    { method: 'GET', path: `/_resolve/cluster/${alias}:*?timeout=5s` },
    ...(testIndex
      ? [{ method: 'GET' as const, path: `/${alias}:${testIndex}/_search?size=0&track_total_hits=true` }]
      : []),
  ];
}

/**
 * Back to the saved definition: every key the alias has now is removed and the saved values written, in one
 * request per section (a null and a value for the same key cannot share a request).
 */
export function restoreSettingsRequests(alias: string, snapshot: SettingsSnapshot): PlannedRequest[] {
  const restore = (saved: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(saved).map(([suffix, value]) => [settingKey(alias, suffix), value]));
  const requests: PlannedRequest[] = [
    {
      method: 'PUT',
      path: '/_cluster/settings',
      body: serializeRemoteClusterRemoval([
        { name: alias, existing: { persistent: snapshot.persistent, transient: snapshot.transient } },
      ]),
    },
  ];
  const persistent = restore(snapshot.persistent);
  const transient = restore(snapshot.transient);
  if (Object.keys(persistent).length > 0 || Object.keys(transient).length > 0) {
    requests.push({
      method: 'PUT',
      path: '/_cluster/settings',
      body: { persistent, ...(Object.keys(transient).length > 0 ? { transient } : {}) },
    });
  }
  return requests;
}

export function rollbackRoleRequests(changes: RoleChange[]): PlannedRequest[] {
  return roleRequests(changes.map((change) => ({ name: change.name, body: change.before })));
}

/** The keystore steps an administrator runs on every local node: the console cannot reach the keystore. */
export function keystoreRemovalCommand(alias: string): string {
  return `bin/elasticsearch-keystore remove ${credentialsSettingName(alias)}`;
}
