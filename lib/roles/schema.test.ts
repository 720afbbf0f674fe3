import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/validation/field-errors';
import { unknownPrivileges } from './privileges';
import { roleBodySchema, roleNameSchema } from './schema';
import { crossClusterReplicationTemplate, crossClusterSearchTemplate } from './templates';
import { INVALID_ROLE_BODIES } from '../../tests/fixtures/invalid-roles';

// The built-in lists as a 9.5.4 sandbox answers GET _security/privilege/_builtin (trimmed to what the cases use).
const BUILTIN = {
  cluster: ['all', 'manage', 'manage_ccr', 'monitor', 'read_ccr'],
  index: [
    'all',
    'cross_cluster_replication',
    'cross_cluster_replication_internal',
    'manage',
    'read',
    'read_cross_cluster',
    'view_index_metadata',
    'write',
  ],
  remote_cluster: ['monitor_enrich', 'monitor_stats'],
};

function problems(body: unknown): Record<string, string> {
  const parsed = roleBodySchema.safeParse(body);
  return parsed.success ? unknownPrivileges(parsed.data, BUILTIN, '9.5.4') : fieldErrors(parsed.error);
}

describe("roleBodySchema with the cluster's privileges", () => {
  it('accepts both templates and a role as Elasticsearch returns it (query as JSON text)', () => {
    expect(problems(crossClusterSearchTemplate('prod', ['logs-*']))).toEqual({});
    expect(problems(crossClusterReplicationTemplate('prod', ['leader-*']))).toEqual({});
    const returned = {
      cluster: ['monitor', 'cluster:monitor/main'],
      indices: [{ names: ['a-*'], privileges: ['read', 'indices:data/read/search'], allow_restricted_indices: false }],
      remote_indices: [
        {
          clusters: ['sandbox-*'],
          names: ['logs-*'],
          privileges: ['read'],
          query: '{"term":{"a":1}}',
          field_security: { grant: ['*'], except: ['x'] },
        },
      ],
      remote_cluster: [{ clusters: ['sandbox-*'], privileges: ['monitor_enrich'] }],
      applications: [],
      run_as: [],
      metadata: { team: 'ops' },
      description: 'probe',
    };
    expect(problems(returned)).toEqual({});
    expect(roleBodySchema.parse(returned).remote_indices?.[0]?.query).toEqual({ term: { a: 1 } });
  });

  it.each(INVALID_ROLE_BODIES)('refuses $why at $field', ({ body, field }) => {
    expect(Object.keys(problems(body))).toContain(field);
  });

  it('says which version lacks a remote cluster privilege', () => {
    const older = { ...BUILTIN, remote_cluster: ['monitor_enrich'] };
    const parsed = roleBodySchema.parse({ remote_cluster: [{ clusters: ['a'], privileges: ['monitor_stats'] }] });
    expect(unknownPrivileges(parsed, older, '8.16.1')).toEqual({
      'remote_cluster.0.privileges.0':
        'The monitor_stats remote cluster privilege needs Elasticsearch 8.17 or later; ' +
        'this cluster runs 8.16.1. Only monitor_enrich ' +
        'is available under remote_cluster.',
    });
  });

  it('names the version rule for each field an older cluster refuses', () => {
    // Elastic's 8.10.4 knows no remote_cluster privileges (builtin lists none) and no role descriptions.
    const on810 = { ...BUILTIN, remote_cluster: undefined };
    const parsed = roleBodySchema.parse({
      description: 'Search the remote logs',
      remote_indices: [{ clusters: ['a'], names: ['logs-*'], privileges: ['read'] }],
      remote_cluster: [{ clusters: ['a'], privileges: ['monitor_enrich'] }],
    });
    const errors = unknownPrivileges(parsed, on810, '8.10.4');
    expect(errors.description).toBe(
      'The description field of roles needs ' +
        'Elasticsearch 8.15 or later; this cluster ' +
        'runs 8.10.4. Leave the description empty: the cluster refuses the field.',
    );
    const expected =
      'The remote_cluster field of roles (monitor_enrich) needs Elasticsearch 8.15 or later; this cluster runs 8.10.4.';
    expect(errors.remote_cluster?.slice(0, expected.length)).toBe(expected);
    expect(errors).not.toHaveProperty('remote_indices');
    expect(
      unknownPrivileges(
        roleBodySchema.parse({ remote_indices: [{ clusters: ['a'], names: ['x'], privileges: ['read'] }] }),
        on810,
        '8.9.2',
      ),
    ).toHaveProperty('remote_indices');
  });

  it('checks role names as Elasticsearch does', () => {
    expect(roleNameSchema.safeParse('remote-search').success).toBe(true);
    expect(roleNameSchema.safeParse(' padded').success).toBe(false);
    expect(roleNameSchema.safeParse('é').success).toBe(false);
    expect(roleNameSchema.safeParse('x'.repeat(508)).success).toBe(false);
  });
});
