import { describe, expect, it } from 'vitest';
import { effectiveAccess, wildcardMatch, type EffectiveAccessInput } from './effective-access';

const KEY = {
  id: 'k1',
  name: 'search-logs',
  accessSummary: 'search: logs-*',
  access: { search: [{ names: ['logs-*'] }] },
};
// The sandbox remote's indices (plus a hidden one, never listed).
const REMOTE_INDICES = ['logs-web', 'logs-db', 'metrics-host', '.security-7'];

function input(overrides: Partial<EffectiveAccessInput> = {}): EffectiveAccessInput {
  return {
    roleName: 'remote-search',
    role: {
      remote_indices: [
        {
          clusters: ['sandbox'],
          names: ['logs-web', 'metrics-*'],
          privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
        },
      ],
    },
    alias: 'sandbox',
    securityModel: 'api_key',
    key: KEY,
    remoteIndices: REMOTE_INDICES,
    ...overrides,
  };
}

describe('effectiveAccess', () => {
  it('grants what both allow, blocks what only the role allows, and names what only the key allows', () => {
    const result = effectiveAccess(input());
    expect(result.patterns.map((verdict) => [verdict.pattern, verdict.outcome])).toEqual([
      ['logs-web', 'granted'],
      ['metrics-*', 'not_granted'],
    ]);
    expect(result.indices).toEqual([
      { index: 'logs-db', inRole: false, allowedByKey: true, outcome: 'not_in_role' },
      { index: 'logs-web', inRole: true, allowedByKey: true, outcome: 'granted' },
      { index: 'metrics-host', inRole: true, allowedByKey: false, outcome: 'blocked_by_key' },
    ]);
    expect(result.warnings.join(' ')).toContain('asks for more than the key "search-logs" allows on metrics-*');
  });

  it('reduces a pattern wider than the key, and privileges the key does not carry', () => {
    const wide = effectiveAccess(
      input({ role: { remote_indices: [{ clusters: ['*'], names: ['*'], privileges: ['read'] }] } }),
    );
    expect(wide.patterns[0]).toMatchObject({
      outcome: 'reduced',
      allowedIndices: ['logs-db', 'logs-web'],
      matchedIndices: ['logs-db', 'logs-web', 'metrics-host'],
    });
    const all = effectiveAccess(
      input({ role: { remote_indices: [{ clusters: ['sandbox'], names: ['logs-*'], privileges: ['all'] }] } }),
    );
    expect(all.patterns[0]?.outcome).toBe('reduced');
    const write = effectiveAccess(
      input({
        role: { remote_indices: [{ clusters: ['sandbox'], names: ['logs-*'], privileges: ['read', 'write'] }] },
      }),
    );
    expect(write.patterns[0]).toMatchObject({ outcome: 'reduced', grantedPrivileges: ['read'] });
    expect(write.patterns[0]?.explanation).toContain('not write');
  });

  it('ignores entries for other remotes, and says when the role grants nothing on this one', () => {
    const result = effectiveAccess(
      input({ role: { remote_indices: [{ clusters: ['other'], names: ['*'], privileges: ['read'] }] } }),
    );
    expect(result.patterns).toEqual([]);
    expect(result.warnings).toContain('The role has no remote_indices for sandbox: it grants nothing there.');
  });

  it('warns that remote_indices do not apply to a certificate-model remote', () => {
    const result = effectiveAccess(input({ securityModel: 'certificate', key: null }));
    expect(result.patterns.every((verdict) => verdict.outcome === 'not_granted')).toBe(true);
    expect(result.warnings[0]).toMatch(
      /certificate model: remote_indices do not apply there.*role named "remote-search" must exist on the remote/,
    );
  });

  it(
    'evaluates patterns alone when the remote index names ' + 'are unknown, and replication keys for ccr privileges',
    () => {
      const ccr = effectiveAccess(
        input({
          role: {
            cluster: ['manage_ccr'],
            remote_indices: [{ clusters: ['sand*'], names: ['leader-*'], privileges: ['cross_cluster_replication'] }],
          },
          key: { ...KEY, access: { replication: [{ names: ['leader-*'] }] } },
          remoteIndices: null,
        }),
      );
      expect(ccr.patterns[0]).toMatchObject({ outcome: 'granted', matchedIndices: [] });
      expect(ccr.indices).toEqual([]);
    },
  );

  it('grants monitor_enrich through a search key and never monitor_stats', () => {
    const result = effectiveAccess(
      input({ role: { remote_cluster: [{ clusters: ['sandbox'], privileges: ['monitor_enrich', 'monitor_stats'] }] } }),
    );
    expect(result.remoteCluster).toEqual([
      { privilege: 'monitor_enrich', outcome: 'granted' },
      { privilege: 'monitor_stats', outcome: 'not_granted' },
    ]);
  });

  it('matches Elasticsearch wildcards literally otherwise', () => {
    expect(wildcardMatch('logs-*', 'logs-web')).toBe(true);
    expect(wildcardMatch('logs-*', 'logsweb')).toBe(false);
    expect(wildcardMatch('a.b', 'aXb')).toBe(false);
    expect(wildcardMatch('*', '')).toBe(true);
  });
});
