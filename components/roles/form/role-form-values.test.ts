import { describe, expect, it } from 'vitest';
import type { RawRole } from '@/lib/roles/model';
import { crossClusterSearchTemplate } from '@/lib/roles/templates';
import { describeErrorPath, rowMessages } from './field-messages';
import {
  applyTemplate,
  bodyInputFrom,
  emptyIndexRow,
  emptyRoleFormValues,
  formValuesFromRole,
  requestPreview,
} from './role-form-values';
import { validateRole } from './role-validation';

const BUILTIN = {
  cluster: ['monitor', 'manage_ccr'],
  index: ['read', 'read_cross_cluster', 'view_index_metadata', 'cross_cluster_replication'],
  remote_cluster: ['monitor_enrich'],
  version: '9.5.4',
};

describe('role form values', () => {
  it('builds the search template role and its exact request', () => {
    const values = {
      ...applyTemplate(
        { ...emptyRoleFormValues(), remoteIndices: [emptyIndexRow()] },
        crossClusterSearchTemplate('sandbox', ['logs-*']),
      ),
      name: 'remote-search',
    };
    const result = validateRole(values, BUILTIN, true);
    expect(result.errors).toEqual({});
    expect(result.ready).toBe(true);
    expect(result.body).toEqual({
      description: 'Search logs-* on sandbox from this cluster.',
      cluster: [],
      indices: [],
      remote_indices: [
        { clusters: ['sandbox'], names: ['logs-*'], privileges: ['read', 'read_cross_cluster', 'view_index_metadata'] },
      ],
    });
    expect(requestPreview('remote-search', result.body!).split('\n')[0]).toBe('PUT _security/role/remote-search');
  });

  it('names the field of the row that is wrong, as the server would', () => {
    const row = {
      ...emptyIndexRow(),
      clusters: [],
      names: ['logs web'],
      privileges: ['read', 'teleport'],
      query: '{"term":',
    };
    const values = { ...emptyRoleFormValues(), name: ' spaced', remoteIndices: [row] };
    const { errors, ready } = validateRole(values, BUILTIN, true);
    expect(ready).toBe(false);
    expect(errors.name).toBe('must not begin or end with spaces');
    const messages = rowMessages(errors, 'remote_indices', 0, row);
    expect(messages.clusters).toMatch(/must name at least one remote cluster/);
    expect(messages.names).toBe('"logs web" must not contain spaces');
    expect(messages.query).toMatch(/must be a JSON object/);
    expect(describeErrorPath('remote_indices.0.query')).toBe('Remote index privileges row 1, document query');
  });

  it("checks privileges against the cluster's own list once the body parses", () => {
    const values = { ...emptyRoleFormValues(), name: 'r', cluster: ['monitor', 'teleport'] };
    expect(validateRole(values, BUILTIN, true).errors).toEqual({
      'cluster.1': '"teleport" is not a cluster privilege on this cluster (9.5.4)',
    });
  });

  it('round-trips a stored role, keeping what the form does not edit', () => {
    const values = formValuesFromRole('r', {
      cluster: ['monitor'],
      indices: [
        {
          names: ['a'],
          privileges: ['read'],
          query: '{"term":{"x":1}}',
          field_security: { grant: ['*'], except: ['secret'] },
        },
      ],
      run_as: ['bob'],
      metadata: { _reserved: true, team: 'ops' },
      transient_metadata: { enabled: true },
      // Elasticsearch returns a stored query as JSON text, which the read type does not spell out.
    } as unknown as RawRole);
    expect(values.indices[0]?.query).toBe('{\n  "term": {\n    "x": 1\n  }\n}');
    expect(bodyInputFrom(values)).toEqual({
      run_as: ['bob'],
      metadata: { team: 'ops' },
      cluster: ['monitor'],
      indices: [
        {
          names: ['a'],
          privileges: ['read'],
          field_security: { grant: ['*'], except: ['secret'] },
          query: values.indices[0]?.query,
        },
      ],
    });
  });
});
