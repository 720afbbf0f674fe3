import 'server-only';
import type { z } from 'zod';
import type { deleteResultSchema } from '@/lib/openapi/models/remote-clusters';
import { itemError } from '@/lib/http/item-error';
import { deserializeRemoteCluster } from '@/lib/remote-clusters/deserialize';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import type { RemoteClusterCreate, RemoteClusterUpdate } from '@/lib/remote-clusters/schema';
import {
  serializeRemoteCluster,
  serializeRemoteClusterRemoval,
  type ClusterSettingsUpdate,
  type ExistingAliasSettings,
} from '@/lib/remote-clusters/serialize';
import { getConfig } from '@/lib/server/config';
import { ApiError, describeError } from '@/lib/server/http/api-error';
import type { ClusterTarget as Target } from '@/lib/server/http/cluster-route';
import { fetchRemoteClusterState, remoteClustersFromState, sourcesFor, type RemoteClusterState } from './fetch-state';
import { forgetSharedRead, readRemoteClusterState, settledSharedRead } from './shared-read';
import { ownEntry } from '@/lib/own-entry';
import { keysNotAsWritten } from '@/lib/remote-clusters/read-back';
import { settingKey } from '@/lib/remote-clusters/settings';
import { withSettingsLock } from './settings-lock';

// Kibana's messages, word for word, so tools that match on them keep working.
export const ALREADY_EXISTS = 'There is already a remote cluster with that name.';
export const NOT_FOUND = 'There is no remote cluster with that name.';

export function nodeDefinedMessage(name: string): string {
  return (
    `Remote cluster "${name}" is defined in ` +
    `elasticsearch.yml on the cluster's nodes; the ` +
    `API cannot change or remove it. Edit ` +
    `elasticsearch.yml on every node and restart them.`
  );
}

export async function listRemoteClusters(
  target: Target,
  { fresh = false, live = true } = {},
): Promise<RemoteCluster[]> {
  // Without the live check the reads are cheap and answer at once; they are made for the caller, not shared.
  if (!live) return remoteClustersFromState(await fetchRemoteClusterState(target.es));
  const { refreshIntervalSeconds, liveCheckTimeoutSeconds } = getConfig();
  const state = await readRemoteClusterState(target, {
    maxAgeMs: refreshIntervalSeconds * 1000,
    liveCheckSeconds: liveCheckTimeoutSeconds,
    fresh,
  });
  return remoteClustersFromState(state);
}

/**
 * For a page's first rows: the shared read when one has settled within the refresh interval (live check included,
 * no Elasticsearch call), else the quick reads without the live check.
 */
export async function firstListOfRemoteClusters(target: Target): Promise<RemoteCluster[]> {
  const settled = await settledSharedRead(target, getConfig().refreshIntervalSeconds * 1000);
  return remoteClustersFromState(settled ?? (await fetchRemoteClusterState(target.es)));
}

/**
 * One remote, always read from Elasticsearch now: whoever asks for one remote acts on it next (edit, diagnose,
 * migrate, effective access), and must not get the list read shared within the refresh interval.
 */
export async function getRemoteCluster(target: Target, name: string): Promise<RemoteCluster> {
  const remote = (await listRemoteClusters(target, { fresh: true })).find((candidate) => candidate.name === name);
  if (!remote) throw new ApiError(404, NOT_FOUND);
  return remote;
}

/** Writes always start from Elasticsearch's current state, never from a shared read. */
async function currentState(target: Target): Promise<RemoteClusterState> {
  return fetchRemoteClusterState(target.es);
}

function isKnown(state: RemoteClusterState, name: string): boolean {
  return ownEntry(state.info, name) !== undefined || state.persistent.has(name) || state.transient.has(name);
}

function existingSettings(state: RemoteClusterState, name: string): ExistingAliasSettings {
  return { persistent: state.persistent.get(name), transient: state.transient.get(name) };
}

export async function createRemoteCluster(
  target: Target,
  remote: RemoteClusterCreate,
): Promise<{ acknowledged: true }> {
  return withSettingsLock(target.es, target.cluster.id, async () => {
    const state = await currentState(target);
    if (isKnown(state, remote.name)) throw new ApiError(409, ALREADY_EXISTS);
    await putSettings(target, serializeRemoteCluster(remote.name, remote));
    return { acknowledged: true as const };
  });
}

export async function updateRemoteCluster(
  target: Target,
  name: string,
  remote: RemoteClusterUpdate,
): Promise<RemoteCluster> {
  // The check and the write run under the settings lock (settings-lock.ts), so two saves based on the same
  // version cannot both succeed, whichever console process serves them.
  return withSettingsLock(target.es, target.cluster.id, async () => {
    const state = await currentState(target);
    if (!isKnown(state, name)) throw new ApiError(404, NOT_FOUND);
    const current = deserializeRemoteCluster(name, sourcesFor(state, name));
    if (current.isConfiguredByNode) throw new ApiError(400, nodeDefinedMessage(name));
    if (remote.settingsVersion !== undefined && remote.settingsVersion !== current.settingsVersion) {
      throw new ApiError(
        409,
        `Remote cluster "${name}" was changed by someone else after ` +
          `you opened it. Reload it, check the changes and save again.`,
        { currentSettingsVersion: current.settingsVersion },
      );
    }
    const update = serializeRemoteCluster(name, remote, existingSettings(state, name));
    await putSettings(target, update);
    const after = await currentState(target);
    const saved = deserializeRemoteCluster(name, sourcesFor(after, name));
    const changed = keysNotAsWritten(update, flatAliasSettings(name, after));
    if (changed.length > 0) {
      // Only a writer outside the console can get in between: the lock keeps the console's own saves apart.
      throw new ApiError(
        409,
        `Remote cluster "${name}" was saved, but changed again outside the console right away ` +
          `(${changed.join(', ')}). Reload it to see its current settings.`,
        { currentSettingsVersion: saved.settingsVersion },
      );
    }
    return saved;
  });
}

/** The alias's persistent settings read back, with their full keys, as the write named them. */
function flatAliasSettings(name: string, state: RemoteClusterState): Record<string, unknown> {
  const settings = state.persistent.get(name) ?? {};
  return Object.fromEntries(Object.entries(settings).map(([key, value]) => [settingKey(name, key), value]));
}

export type DeleteResult = z.output<typeof deleteResultSchema>;

/** Kibana's contract: always 200, with what was deleted and why the rest was not. */
export async function deleteRemoteClusters(target: Target, names: string[]): Promise<DeleteResult> {
  return withSettingsLock(target.es, target.cluster.id, () => deleteUnderLock(target, names));
}

async function deleteUnderLock(target: Target, names: string[]): Promise<DeleteResult> {
  const result: DeleteResult = { itemsDeleted: [], errors: [] };
  const fail = (name: string, status: number, message: string) =>
    result.errors.push({ name, error: itemError(status, message) });
  const state = await currentState(target);
  const removable: string[] = [];
  for (const name of new Set(names)) {
    if (!isKnown(state, name)) fail(name, 404, NOT_FOUND);
    else if (deserializeRemoteCluster(name, sourcesFor(state, name)).isConfiguredByNode)
      fail(name, 400, nodeDefinedMessage(name));
    else removable.push(name);
  }
  if (removable.length === 0) return result;
  try {
    await putSettings(
      target,
      serializeRemoteClusterRemoval(removable.map((name) => ({ name, existing: existingSettings(state, name) }))),
    );
  } catch (error) {
    const { statusCode, message } = describeError(error);
    for (const name of removable) fail(name, statusCode, message);
    return result;
  }
  const after = await currentState(target);
  for (const name of removable) {
    // Elasticsearch acknowledged the nulls; an alias whose keys are still there was not removed.
    if (after.persistent.has(name) || after.transient.has(name))
      fail(name, 500, `Remote cluster "${name}" still has settings after the removal.`);
    else result.itemsDeleted.push(name);
  }
  return result;
}

async function putSettings({ cluster, es }: Target, body: ClusterSettingsUpdate) {
  try {
    await es.cluster.putSettings(body);
  } finally {
    // After the write, not before: a list read started while the write was in flight may hold the old settings,
    // and must not be served as current for a whole refresh interval.
    forgetSharedRead(cluster.id);
  }
}
