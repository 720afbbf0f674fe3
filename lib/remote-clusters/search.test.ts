import { describe, expect, it } from 'vitest';
import type { RemoteCluster } from './model';
import { matchesSearch } from './search';

const base = {
  isConnected: false,
  securityModel: 'api_key',
  isConfiguredByNode: false,
  settingsSource: 'persistent',
  skipUnavailable: true,
  settingsVersion: 'v',
} as const;
const sniff: RemoteCluster = { ...base, name: 'sandbox-remote', mode: 'sniff', seeds: ['127.0.0.1:9443'] };
const proxy: RemoteCluster = {
  ...base,
  name: 'cloud',
  mode: 'proxy',
  proxyAddress: 'logs.es.io:9443',
  notConnectedReason: 'could not connect to 127.0.0.1:9443',
};

describe('matchesSearch', () => {
  it('finds a remote by a whole address, with its port', () => {
    expect(matchesSearch(sniff, '127.0.0.1:9443')).toBe(true);
    expect(matchesSearch(proxy, 'logs.es.io:9443')).toBe(true);
  });

  it('never matches through text the row does not show', () => {
    expect(matchesSearch(proxy, '127.0.0.1')).toBe(false);
  });

  it('needs every word, in the name or an address, whatever the case', () => {
    expect(matchesSearch(sniff, 'SANDBOX 9443')).toBe(true);
    expect(matchesSearch(sniff, 'sandbox cloud')).toBe(false);
    expect(matchesSearch(sniff, '   ')).toBe(true);
  });
});
