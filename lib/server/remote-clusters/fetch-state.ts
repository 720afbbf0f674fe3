import 'server-only';
import { errors, type Client } from '@elastic/elasticsearch';
import { deserializeRemoteCluster } from '@/lib/remote-clusters/deserialize';
import type { RemoteClusterSources, RemoteInfoEntry, ResolveClusterEntry } from '@/lib/remote-clusters/sources';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { clusterVersionOf } from '@/lib/server/elasticsearch/version-aware-transport';
import { meets, ruleMessage } from '@/lib/version-rules';
import { flattenSettings, remoteSettingsByAlias, type AliasSettings } from '@/lib/remote-clusters/settings';
import { ownEntry } from '@/lib/own-entry';
import { callerIndependentEntries } from '@/lib/remote-clusters/live-check-facts';

/** What the local cluster says about its remotes: the raw material of the list, read in one round. */
export interface RemoteClusterState {
  persistent: Map<string, AliasSettings>;
  transient: Map<string, AliasSettings>;
  node: Map<string, AliasSettings>;
  info: Record<string, RemoteInfoEntry>;
  liveCheck: { entries: Record<string, ResolveClusterEntry> } | { timedOutAfter: string } | { unavailable: string };
  /** The live check was refused for this caller: the state says something about them, so it is theirs alone. */
  answersOnlyItsCaller?: true;
}

// An index name no one uses: the live check needs a remote expression to make Elasticsearch contact each
// remote (a bare _resolve/cluster only reports the current state), and resolving "*" on a big remote is
// wasted work.
const LIVE_CHECK_EXPRESSION = '*:rcc-connection-check';

/**
 * The three reads behind the list, in parallel: settings (API and elasticsearch.yml), _remote/info, and a live
 * check through _resolve/cluster bounded by its own timeout, so one unreachable remote never holds the list
 * (Kibana issue 194834). Without a live check (after a write) only the first two are read.
 */
export async function fetchRemoteClusterState(client: Client, liveCheckSeconds?: number): Promise<RemoteClusterState> {
  const [settings, info, liveCheck] = await Promise.all([
    client.cluster.getSettings({
      include_defaults: true,
      filter_path: ['persistent.cluster.remote', 'transient.cluster.remote', 'defaults.cluster.remote'],
    }),
    client.cluster.remoteInfo() as Promise<Record<string, RemoteInfoEntry>>,
    liveCheckSeconds === undefined
      ? Promise.resolve<LiveCheck>({ outcome: { unavailable: 'not requested' } })
      : liveConnectionCheck(client, liveCheckSeconds),
  ]);
  const section = (name: 'persistent' | 'transient' | 'defaults') =>
    remoteSettingsByAlias(flattenSettings(settings[name]));
  return {
    persistent: section('persistent'),
    transient: section('transient'),
    node: section('defaults'),
    info,
    liveCheck: liveCheck.outcome,
    ...(liveCheck.refusedTheCaller ? { answersOnlyItsCaller: true as const } : {}),
  };
}

interface LiveCheck {
  outcome: RemoteClusterState['liveCheck'];
  refusedTheCaller?: boolean;
}

async function liveConnectionCheck(client: Client, seconds: number): Promise<LiveCheck> {
  // Without its timeout (8.18+) one unreachable remote would hold the whole list: skip the check on older versions.
  const version = await clusterVersionOf(client);
  if (version && !meets(version, 'resolve_cluster_timeout'))
    return { outcome: { unavailable: ruleMessage('resolve_cluster_timeout', 'the local cluster', version) } };
  try {
    const entries = await client.indices.resolveCluster(
      { name: LIVE_CHECK_EXPRESSION, timeout: `${seconds}s`, ignore_unavailable: true },
      // A second of slack for Elasticsearch to answer with what it has when its own timeout fires.
      { requestTimeout: (seconds + 1) * 1000, maxRetries: 0 },
    );
    return { outcome: { entries: callerIndependentEntries(entries) } };
  } catch (error) {
    if (error instanceof errors.TimeoutError) return { outcome: { timedOutAfter: `${seconds}s` } };
    // Older versions lack the timeout parameter, and a caller may lack the privilege; _remote/info still tells.
    if (error instanceof errors.ResponseError) {
      const refusedTheCaller = error.statusCode === 401 || error.statusCode === 403;
      return { outcome: { unavailable: String(error.message) }, refusedTheCaller };
    }
    throw error;
  }
}

/** Every alias the cluster knows (from _remote/info or any settings), deserialized and sorted by name. */
export function remoteClustersFromState(state: RemoteClusterState): RemoteCluster[] {
  const names = new Set([...Object.keys(state.info), ...state.persistent.keys(), ...state.transient.keys()]);
  // elasticsearch.yml aliases show up in _remote/info when complete; the defaults alone are not a remote.
  return [...names]
    .sort((a, b) => a.localeCompare(b))
    .map((name) => deserializeRemoteCluster(name, sourcesFor(state, name)));
}

export function sourcesFor(state: RemoteClusterState, name: string): RemoteClusterSources {
  const { liveCheck } = state;
  const entry = 'entries' in liveCheck ? ownEntry(liveCheck.entries, name) : undefined;
  return {
    info: ownEntry(state.info, name),
    persistent: state.persistent.get(name),
    transient: state.transient.get(name),
    node: state.node.get(name),
    liveCheck: entry ? { entry } : 'timedOutAfter' in liveCheck ? liveCheck : undefined,
  };
}
