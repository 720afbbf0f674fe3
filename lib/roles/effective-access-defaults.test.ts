import { describe, expect, it } from 'vitest';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { clusterPatternMatches, defaultAccessRemote, defaultKeyCluster } from './effective-access-defaults';

const remote = (name: string, securityModel: RemoteCluster['securityModel']): RemoteCluster => ({
  name,
  securityModel,
  mode: 'sniff',
  seeds: ['10.0.0.1:9443'],
  isConnected: true,
  isConfiguredByNode: false,
  settingsSource: 'persistent',
  skipUnavailable: true,
  settingsVersion: 'v',
});
const cluster = (id: string, reachable: boolean, signedIn: boolean): RegisteredClusterView => ({
  id,
  displayName: id,
  isDefault: false,
  reachable,
  signedIn,
  username: signedIn ? 'elastic' : null,
  version: null,
  licence: null,
  deployment: null,
});

describe('clusterPatternMatches', () => {
  it.each([
    ['prod', 'prod', true],
    ['prod', 'prod-eu', false],
    ['prod-*', 'prod-eu', true],
    ['*', 'anything', true],
    ['*-eu', 'prod-eu', true],
    ['p.od', 'prod', false],
  ])('%s covers %s: %s', (pattern, alias, expected) => {
    expect(clusterPatternMatches(pattern, alias)).toBe(expected);
  });
});

describe('defaultAccessRemote', () => {
  const remotes = [remote('legacy', 'certificate'), remote('other', 'api_key'), remote('prod-eu', 'api_key')];

  it('starts on a remote the role grants, API-key remotes first', () => {
    expect(defaultAccessRemote(remotes, ['prod-*'])).toBe('prod-eu');
    expect(defaultAccessRemote(remotes, ['legacy', 'prod-eu'])).toBe('prod-eu');
    expect(defaultAccessRemote(remotes, ['legacy'])).toBe('legacy');
  });

  it('chooses nothing when the role grants none of the remotes', () => {
    expect(defaultAccessRemote(remotes, ['elsewhere'])).toBeUndefined();
    expect(defaultAccessRemote(remotes, [])).toBeUndefined();
  });
});

describe('defaultKeyCluster', () => {
  it('prefers a cluster the person is signed in to, then one that answers', () => {
    expect(defaultKeyCluster([cluster('a', true, false), cluster('b', true, true)])).toBe('b');
    expect(defaultKeyCluster([cluster('down', false, true), cluster('a', true, false)])).toBe('a');
    expect(defaultKeyCluster([cluster('down', false, false)])).toBeUndefined();
  });
});
