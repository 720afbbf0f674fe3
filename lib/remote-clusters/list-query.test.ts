import { describe, expect, it } from 'vitest';
import type { RemoteCluster } from './model';
import { matchesRemoteListQuery, parseRemoteListQuery, remoteListSearch } from './list-query';

const base = {
  isConfiguredByNode: false,
  settingsSource: 'persistent',
  skipUnavailable: true,
  settingsVersion: 'v',
} as const;
const apiKeyProxy: RemoteCluster = {
  ...base,
  name: 'cloud',
  isConnected: true,
  securityModel: 'api_key',
  mode: 'proxy',
  proxyAddress: 'logs.es.io:9443',
};
const certificateSniff: RemoteCluster = {
  ...base,
  name: 'legacy',
  isConnected: false,
  securityModel: 'certificate',
  mode: 'sniff',
  seeds: ['10.0.0.1:9300'],
};

describe('parseRemoteListQuery', () => {
  it('reads the text, the filters and the open remote', () => {
    const query = parseRemoteListQuery(
      new URLSearchParams('q=logs&status=connected&security=api_key&mode=proxy&open=cloud'),
    );
    expect(query).toEqual({ q: 'logs', status: 'connected', security: 'api_key', mode: 'proxy', open: 'cloud' });
  });

  it('ignores values it does not know instead of failing', () => {
    expect(parseRemoteListQuery(new URLSearchParams('status=maybe&mode=Sniff&security='))).toEqual({
      q: '',
      status: undefined,
      security: undefined,
      mode: undefined,
    });
  });

  it('round-trips through the query string', () => {
    const query = { q: 'a b', status: 'not_connected', mode: 'sniff', open: 'x' } as const;
    const search = remoteListSearch(query);
    expect(search).toBe('?q=a+b&status=not_connected&mode=sniff&open=x');
    expect(parseRemoteListQuery(new URLSearchParams(search))).toEqual({ ...query, security: undefined });
    expect(remoteListSearch({ q: '' })).toBe('');
  });
});

describe('matchesRemoteListQuery', () => {
  it.each([
    [{ status: 'connected' }, ['cloud']],
    [{ status: 'not_connected' }, ['legacy']],
    [{ security: 'certificate' }, ['legacy']],
    [{ mode: 'proxy' }, ['cloud']],
    [{ mode: 'proxy', security: 'certificate' }, []],
    [{ q: '10.0.0.1:9300' }, ['legacy']],
    [{}, ['cloud', 'legacy']],
  ] as const)('%j keeps %j', (filters, names) => {
    const kept = [apiKeyProxy, certificateSniff].filter((remote) =>
      matchesRemoteListQuery(remote, { q: '', ...filters }),
    );
    expect(kept.map((remote) => remote.name)).toEqual(names);
  });
});
