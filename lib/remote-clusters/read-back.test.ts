import { describe, expect, it } from 'vitest';
import { keysNotAsWritten } from './read-back';

describe('keysNotAsWritten', () => {
  const written = {
    persistent: {
      'cluster.remote.a.mode': 'sniff',
      'cluster.remote.a.seeds': ['127.0.0.1:9300'],
      'cluster.remote.a.node_connections': 18,
      'cluster.remote.a.skip_unavailable': true,
      'cluster.remote.a.proxy_address': null,
    },
  };

  it('accepts the values as Elasticsearch returns them (strings), with removed keys absent', () => {
    const readBack = {
      'cluster.remote.a.mode': 'sniff',
      'cluster.remote.a.seeds': ['127.0.0.1:9300'],
      'cluster.remote.a.node_connections': '18',
      'cluster.remote.a.skip_unavailable': 'true',
    };
    expect(keysNotAsWritten(written, readBack)).toEqual([]);
  });

  it('names the keys another writer changed in between', () => {
    const readBack = {
      'cluster.remote.a.mode': 'sniff',
      'cluster.remote.a.seeds': ['10.0.0.1:9300'],
      'cluster.remote.a.node_connections': '18',
      'cluster.remote.a.skip_unavailable': 'true',
      'cluster.remote.a.proxy_address': '10.0.0.2:9443',
    };
    expect(keysNotAsWritten(written, readBack)).toEqual(['cluster.remote.a.seeds', 'cluster.remote.a.proxy_address']);
  });
});
