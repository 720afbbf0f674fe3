import { describe, expect, it } from 'vitest';
import { serializeRemoteCluster, serializeRemoteClusterRemoval } from './serialize';

describe('serializeRemoteCluster', () => {
  it('writes sniff settings and removes the proxy keys', () => {
    const body = serializeRemoteCluster('r1', {
      mode: 'sniff',
      seeds: ['10.0.0.1:9443'],
      nodeConnections: 5,
      skipUnavailable: false,
    });
    expect(body).toEqual({
      persistent: {
        'cluster.remote.r1.mode': 'sniff',
        'cluster.remote.r1.seeds': ['10.0.0.1:9443'],
        'cluster.remote.r1.node_connections': 5,
        'cluster.remote.r1.skip_unavailable': false,
        'cluster.remote.r1.proxy_address': null,
        'cluster.remote.r1.proxy_socket_connections': null,
        'cluster.remote.r1.server_name': null,
        'cluster.remote.r1.transport.compress': null,
        'cluster.remote.r1.transport.ping_schedule': null,
      },
    });
  });

  it('writes proxy settings, removes the sniff keys, and defaults skip_unavailable to true', () => {
    const { persistent } = serializeRemoteCluster('r1', {
      mode: 'proxy',
      proxyAddress: 'x.example.com:9443',
      serverName: 'x.example.com',
      transportCompress: 'indexing_data',
      transportPingSchedule: '30s',
    });
    expect(persistent).toMatchObject({
      'cluster.remote.r1.mode': 'proxy',
      'cluster.remote.r1.proxy_address': 'x.example.com:9443',
      'cluster.remote.r1.server_name': 'x.example.com',
      'cluster.remote.r1.proxy_socket_connections': null,
      'cluster.remote.r1.seeds': null,
      'cluster.remote.r1.node_connections': null,
      'cluster.remote.r1.skip_unavailable': true,
      'cluster.remote.r1.transport.compress': 'indexing_data',
      'cluster.remote.r1.transport.ping_schedule': '30s',
    });
  });

  it('moves a transient remote to persistent and clears the deprecated proxy key, keeping keys set by hand', () => {
    const body = serializeRemoteCluster(
      'r1',
      { mode: 'sniff', seeds: ['a.b:1'] },
      {
        persistent: { proxy: 'old:9300', 'transport.compression_scheme': 'lz4' },
        transient: { seeds: ['c.d:1'], skip_unavailable: 'true' },
      },
    );
    expect(body.persistent['cluster.remote.r1.proxy']).toBeNull();
    expect(body.persistent).not.toHaveProperty(['cluster.remote.r1.transport.compression_scheme']);
    expect(body.transient).toEqual({ 'cluster.remote.r1.seeds': null, 'cluster.remote.r1.skip_unavailable': null });
  });
});

describe('serializeRemoteClusterRemoval', () => {
  it('nulls every key each alias has, known or set by hand, in persistent and transient', () => {
    const body = serializeRemoteClusterRemoval([
      { name: 'a', existing: { persistent: { seeds: ['x:1'], 'transport.compression_scheme': 'lz4' } } },
      { name: 'b', existing: { transient: { proxy_address: 'y:1', 'transport.ping_schedule': '5s' } } },
    ]);
    expect(body.persistent['cluster.remote.a.seeds']).toBeNull();
    expect(body.persistent['cluster.remote.a.transport.compression_scheme']).toBeNull();
    expect(body.persistent['cluster.remote.b.mode']).toBeNull();
    expect(body.transient).toEqual({
      'cluster.remote.b.proxy_address': null,
      'cluster.remote.b.transport.ping_schedule': null,
    });
    expect(Object.values(body.persistent).every((value) => value === null)).toBe(true);
  });
});
