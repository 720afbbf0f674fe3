import { describe, expect, it } from 'vitest';
import { deserializeRemoteCluster } from './deserialize';
import type { RemoteInfoEntry } from './sources';
import { remoteSettingsByAlias } from './settings';

// Recorded from the sandbox (Elasticsearch 9.5.4): _remote/info, _cluster/settings?flat_settings=true.
const remoteInfo: Record<string, RemoteInfoEntry> = {
  'node-defined': {
    connected: true,
    mode: 'sniff',
    seeds: ['127.0.0.1:9301'],
    num_nodes_connected: 1,
    max_connections_per_cluster: 3,
    initial_connect_timeout: '30s',
    skip_unavailable: true,
  },
  'sandbox-remote': {
    connected: true,
    mode: 'sniff',
    seeds: ['127.0.0.1:9443'],
    num_nodes_connected: 1,
    max_connections_per_cluster: 3,
    initial_connect_timeout: '30s',
    skip_unavailable: true,
    cluster_credentials: '::es_redacted::',
  },
  px: {
    connected: false,
    mode: 'proxy',
    proxy_address: '127.0.0.1:9443',
    server_name: 'localhost',
    num_proxy_sockets_connected: 0,
    max_proxy_socket_connections: 18,
    initial_connect_timeout: '30s',
    skip_unavailable: true,
  },
};
const sniffInfo = {
  mode: 'sniff' as const,
  connected: true,
  seeds: [],
  num_nodes_connected: 0,
  max_connections_per_cluster: 3,
  initial_connect_timeout: '30s',
  skip_unavailable: true,
};
const persistent = remoteSettingsByAlias({
  'cluster.remote.px.mode': 'proxy',
  'cluster.remote.px.proxy_address': '127.0.0.1:9443',
  'cluster.remote.px.server_name': 'localhost',
  'cluster.remote.px.transport.compress': 'true',
  'cluster.remote.sandbox-remote.mode': 'sniff',
  'cluster.remote.sandbox-remote.seeds': ['127.0.0.1:9443'],
  'cluster.remote.sandbox-remote.transport.ping_schedule': '30s',
  'cluster.remote.initial_connect_timeout': '30s',
  'cluster.remote.node.attr': 'gateway',
});

describe('remoteSettingsByAlias', () => {
  it('groups keys by alias and skips the global cluster.remote settings', () => {
    expect([...persistent.keys()]).toEqual(['px', 'sandbox-remote']);
    expect(persistent.get('px')).toMatchObject({ 'transport.compress': 'true' });
  });
});

describe('deserializeRemoteCluster', () => {
  it('reads an API-key sniff remote with real booleans and numbers', () => {
    const cluster = deserializeRemoteCluster('sandbox-remote', {
      info: remoteInfo['sandbox-remote'],
      persistent: persistent.get('sandbox-remote'),
      liveCheck: { entry: { connected: true, skip_unavailable: true } },
    });
    expect(cluster).toMatchObject({
      name: 'sandbox-remote',
      mode: 'sniff',
      isConnected: true,
      securityModel: 'api_key',
      isConfiguredByNode: false,
      settingsSource: 'persistent',
      skipUnavailable: true,
      seeds: ['127.0.0.1:9443'],
      nodeConnections: 3,
      connectedNodesCount: 1,
      maxConnectionsPerCluster: 3,
      initialConnectTimeout: '30s',
      transportPingSchedule: '30s',
    });
    expect(cluster.notConnectedReason).toBeUndefined();
  });

  it('marks a remote with no API settings as configured by the node (elasticsearch.yml)', () => {
    const cluster = deserializeRemoteCluster('node-defined', {
      info: remoteInfo['node-defined'],
      node: { seeds: ['127.0.0.1:9301'], skip_unavailable: 'true' },
    });
    expect(cluster).toMatchObject({ isConfiguredByNode: true, settingsSource: 'node', securityModel: 'certificate' });
  });

  it('does not mistake an alias Elasticsearch has not finished removing for an elasticsearch.yml one', () => {
    const cluster = deserializeRemoteCluster('node-defined', { info: remoteInfo['node-defined'] });
    expect(cluster).toMatchObject({ isConfiguredByNode: false, settingsSource: 'none' });
  });

  it('reads a proxy remote and explains the missing credentials on port 9443', () => {
    const cluster = deserializeRemoteCluster('px', {
      info: remoteInfo.px,
      persistent: persistent.get('px'),
      liveCheck: { entry: { connected: false, skip_unavailable: true } },
    });
    expect(cluster).toMatchObject({
      mode: 'proxy',
      isConnected: false,
      proxyAddress: '127.0.0.1:9443',
      serverName: 'localhost',
      proxySocketConnections: 18,
      connectedSocketsCount: 0,
      maxProxySocketConnections: 18,
      transportCompress: true,
    });
    expect(cluster.seeds).toBeUndefined();
    expect(cluster.notConnectedReason).toContain('cluster.remote.px.credentials');
  });

  it("prefers the live check's error, and the live check's connected flag over _remote/info", () => {
    const cluster = deserializeRemoteCluster('sandbox-remote', {
      info: remoteInfo['sandbox-remote'],
      liveCheck: {
        entry: { connected: false, skip_unavailable: false, error: 'unable to connect to remote cluster [x]' },
      },
    });
    expect(cluster.isConnected).toBe(false);
    expect(cluster.notConnectedReason).toBe('unable to connect to remote cluster [x]');
  });

  it('says when the live check timed out', () => {
    const cluster = deserializeRemoteCluster('dead', {
      info: { ...sniffInfo, connected: false, seeds: ['10.255.255.1:9300'] },
      persistent: { seeds: ['10.255.255.1:9300'] },
      liveCheck: { timedOutAfter: '2s' },
    });
    expect(cluster.notConnectedReason).toContain('within 2s');
  });

  it('reports an incomplete alias (settings without seeds) so it can be removed', () => {
    const cluster = deserializeRemoteCluster('half', { persistent: { 'transport.ping_schedule': '5s' } });
    expect(cluster).toMatchObject({ isConnected: false, mode: 'sniff', seeds: [] });
    expect(cluster.notConnectedReason).toContain('no seeds');
  });

  it('lets transient settings override persistent ones, and changes the version when settings change', () => {
    const base = { info: remoteInfo['sandbox-remote'], persistent: { seeds: ['127.0.0.1:9443'] } };
    const withTransient = deserializeRemoteCluster('r', {
      ...base,
      transient: { 'transport.ping_schedule': '5s' },
      persistent: { 'transport.ping_schedule': '30s' },
    });
    expect(withTransient.settingsSource).toBe('transient');
    expect(withTransient.transportPingSchedule).toBe('5s');
    expect(deserializeRemoteCluster('r', base).settingsVersion).toBe(
      deserializeRemoteCluster('r', base).settingsVersion,
    );
    expect(withTransient.settingsVersion).not.toBe(deserializeRemoteCluster('r', base).settingsVersion);
  });
});
