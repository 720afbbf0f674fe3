import type { ConnectionMode, RemoteCluster, SettingsSource, TransportCompress } from './model';
import { likelyNotConnectedReason } from './not-connected-reason';
import { readBoolean, readInteger, readString, readStringList, settingsFingerprint } from './settings';
import type { AliasSettings } from './settings';
import type { RemoteClusterSources } from './sources';

/** One alias as the console shows it; pure, so it is tested against recorded responses. */
export function deserializeRemoteCluster(name: string, sources: RemoteClusterSources): RemoteCluster {
  const { info, persistent, transient, node } = sources;
  // Elasticsearch's precedence: transient over persistent over elasticsearch.yml.
  const setting = (key: string): unknown => transient?.[key] ?? persistent?.[key] ?? node?.[key];
  const hasKeys = (settings?: AliasSettings) => Object.keys(settings ?? {}).length > 0;
  // Neither: Elasticsearch still lists an alias whose settings were just removed (it drops connections lazily).
  const settingsSource: SettingsSource = hasKeys(transient)
    ? 'transient'
    : hasKeys(persistent)
      ? 'persistent'
      : hasKeys(node)
        ? 'node'
        : 'none';
  const mode = connectionMode(info?.mode ?? readString(setting('mode')), setting);
  const live = sources.liveCheck && 'entry' in sources.liveCheck ? sources.liveCheck.entry : undefined;
  const isConnected = live?.connected ?? info?.connected ?? false;
  const securityModel = info?.cluster_credentials ? 'api_key' : 'certificate';

  const cluster: RemoteCluster = {
    name,
    mode,
    isConnected,
    securityModel,
    isConfiguredByNode: settingsSource === 'node',
    settingsSource,
    skipUnavailable: info?.skip_unavailable ?? readBoolean(setting('skip_unavailable')) ?? true,
    initialConnectTimeout:
      info?.initial_connect_timeout === undefined ? undefined : String(info.initial_connect_timeout),
    transportCompress: readCompress(setting('transport.compress')),
    transportCompressionScheme: readString(setting('transport.compression_scheme')),
    transportPingSchedule: readString(setting('transport.ping_schedule')),
    settingsVersion: settingsFingerprint(persistent, transient),
  };
  if (mode === 'sniff') {
    const sniff = info?.mode === 'sniff' ? info : undefined;
    cluster.seeds = sniff?.seeds ?? readStringList(setting('seeds')) ?? [];
    cluster.nodeConnections = readInteger(setting('node_connections')) ?? sniff?.max_connections_per_cluster;
    cluster.connectedNodesCount = sniff?.num_nodes_connected ?? 0;
    cluster.maxConnectionsPerCluster = sniff?.max_connections_per_cluster ?? cluster.nodeConnections;
  } else {
    const proxy = info?.mode === 'proxy' ? info : undefined;
    cluster.proxyAddress = proxy?.proxy_address ?? readString(setting('proxy_address'));
    cluster.serverName = proxy?.server_name || readString(setting('server_name'));
    cluster.proxySocketConnections =
      readInteger(setting('proxy_socket_connections')) ?? proxy?.max_proxy_socket_connections;
    cluster.connectedSocketsCount = proxy?.num_proxy_sockets_connected ?? 0;
    cluster.maxProxySocketConnections = proxy?.max_proxy_socket_connections ?? cluster.proxySocketConnections;
  }
  if (!isConnected) {
    const reason = likelyNotConnectedReason(cluster, { hasInfo: info !== undefined, liveCheck: sources.liveCheck });
    if (reason) cluster.notConnectedReason = reason;
  }
  return cluster;
}

function connectionMode(declared: string | undefined, setting: (key: string) => unknown): ConnectionMode {
  if (declared === 'proxy' || declared === 'sniff') return declared;
  return setting('proxy_address') !== undefined ? 'proxy' : 'sniff';
}

function readCompress(value: unknown): TransportCompress | undefined {
  return value === 'indexing_data' ? 'indexing_data' : readBoolean(value);
}
