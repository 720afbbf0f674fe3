import { describe, expect, it } from 'vitest';
import { grantsOf, withClusterGrant, withoutClusterGrant } from './session-grants';
import type { SessionGrant } from './session-token';

function grant(clusterId: string, expiresAt = '2099-01-01T00:00:00.000Z'): SessionGrant {
  return {
    credentials: { kind: 'api_key', id: `id-${clusterId}`, encoded: `enc-${clusterId}` },
    session: {
      username: 'elastic',
      fullName: null,
      roles: ['superuser'],
      clusterId,
      clusterDisplayName: clusterId,
      clusterName: clusterId,
      clusterVersion: '9.5.4',
      authMethod: 'api_key',
      expiresAt,
    },
  };
}

describe('session grants', () => {
  it('holds the home grant and the clusters signed in to later', () => {
    const token = withClusterGrant({ grant: grant('local') }, grant('remote'));
    expect([...grantsOf(token).keys()]).toEqual(['local', 'remote']);
  });

  it('has nothing without a live home grant, whatever else the token holds', () => {
    expect(grantsOf({ clusterGrants: { remote: grant('remote') } }).size).toBe(0);
    expect(
      grantsOf({ grant: grant('local', '2000-01-01T00:00:00.000Z'), clusterGrants: { remote: grant('remote') } }).size,
    ).toBe(0);
  });

  it('drops expired grants, grants filed under another cluster id, and malformed entries', () => {
    const token = {
      grant: grant('local'),
      clusterGrants: {
        old: grant('old', '2000-01-01T00:00:00.000Z'),
        other: grant('remote'),
        junk: { session: {} } as unknown as SessionGrant,
      },
    };
    expect([...grantsOf(token).keys()]).toEqual(['local']);
  });

  it('removes one cluster and never the home cluster through it', () => {
    const token = withClusterGrant({ grant: grant('local') }, grant('remote'));
    expect([...grantsOf(withoutClusterGrant(token, 'remote')).keys()]).toEqual(['local']);
    expect([...grantsOf(withoutClusterGrant(token, 'local')).keys()]).toEqual(['local', 'remote']);
  });
});
