import type { RemoteClusterUpdate } from './schema';
import { settingKey, type AliasSettings } from './settings';

/** A body for PUT _cluster/settings, with flat keys (a null removes the key). */
export interface ClusterSettingsUpdate {
  persistent: Record<string, unknown>;
  transient?: Record<string, null>;
}

const SNIFF_KEYS = ['seeds', 'node_connections'] as const;
const PROXY_KEYS = ['proxy_address', 'proxy_socket_connections', 'server_name'] as const;
/** Every per-alias key Elasticsearch knows, including the 7.x "proxy" key that 8.x still reads. */
const KNOWN_KEYS = [
  'mode',
  ...SNIFF_KEYS,
  ...PROXY_KEYS,
  'skip_unavailable',
  'proxy',
  'transport.compress',
  'transport.compression_scheme',
  'transport.ping_schedule',
];

/** What the alias has today in the API settings (elasticsearch.yml cannot be changed through the API). */
export interface ExistingAliasSettings {
  persistent?: AliasSettings;
  transient?: AliasSettings;
}

/**
 * The settings that make the alias look exactly like `remote`. Written as persistent settings (Kibana does the
 * same); the other mode's keys and any transient keys of the alias are removed in the same request, because a
 * leftover key would either be rejected with the new mode or silently override the persistent value.
 * Keys this form does not manage (transport.compression_scheme set by hand) are kept.
 */
export function serializeRemoteCluster(
  name: string,
  remote: Partial<RemoteClusterUpdate> & Pick<RemoteClusterUpdate, 'mode'>,
  existing: ExistingAliasSettings = {},
): ClusterSettingsUpdate {
  const key = (suffix: string) => settingKey(name, suffix);
  const persistent: Record<string, unknown> = {
    [key('mode')]: remote.mode,
    [key('skip_unavailable')]: remote.skipUnavailable ?? true,
    [key('transport.compress')]: remote.transportCompress ?? null,
    [key('transport.ping_schedule')]: remote.transportPingSchedule ?? null,
  };
  if (remote.mode === 'sniff') {
    persistent[key('seeds')] = remote.seeds ?? [];
    persistent[key('node_connections')] = remote.nodeConnections ?? null;
    for (const suffix of PROXY_KEYS) persistent[key(suffix)] = null;
  } else {
    persistent[key('proxy_address')] = remote.proxyAddress ?? null;
    persistent[key('proxy_socket_connections')] = remote.proxySocketConnections ?? null;
    persistent[key('server_name')] = remote.serverName ?? null;
    for (const suffix of SNIFF_KEYS) persistent[key(suffix)] = null;
  }
  if (existing.persistent && 'proxy' in existing.persistent) persistent[key('proxy')] = null;
  const update: ClusterSettingsUpdate = { persistent };
  const transientKeys = Object.keys(existing.transient ?? {});
  if (transientKeys.length > 0)
    update.transient = Object.fromEntries(transientKeys.map((suffix) => [key(suffix), null]));
  return update;
}

/**
 * Removes the aliases completely: every key they have in persistent and transient settings, including keys set
 * by hand, plus every known key. Nulling only the form's keys leaves half-deleted remotes (Kibana issue 57110).
 */
export function serializeRemoteClusterRemoval(
  aliases: { name: string; existing: ExistingAliasSettings }[],
): Required<ClusterSettingsUpdate> {
  const persistent: Record<string, null> = {};
  const transient: Record<string, null> = {};
  for (const { name, existing } of aliases) {
    for (const suffix of [...KNOWN_KEYS, ...Object.keys(existing.persistent ?? {})])
      persistent[settingKey(name, suffix)] = null;
    for (const suffix of Object.keys(existing.transient ?? {})) transient[settingKey(name, suffix)] = null;
  }
  return { persistent, transient };
}
