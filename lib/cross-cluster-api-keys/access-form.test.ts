import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/validation/field-errors';
import {
  accessBodyFrom,
  accessPathOfRow,
  accessRowsFrom,
  emptyReplicationRow,
  emptySearchRow,
  type AccessRowValues,
} from './access-form';
import { crossClusterAccessSchema } from './access-schema';
import type { CrossClusterAccess } from './model';

const searchRow = (values: Partial<AccessRowValues>): AccessRowValues => ({ ...emptySearchRow(), ...values });
const replicationRow = (values: Partial<AccessRowValues>): AccessRowValues => ({ ...emptyReplicationRow(), ...values });

describe('accessBodyFrom', () => {
  it.each([
    { why: 'a plain search row', rows: [searchRow({ names: ['logs-*'] })], body: { search: [{ names: ['logs-*'] }] } },
    {
      why: 'a search row with query text, field security and restricted indices',
      rows: [
        searchRow({
          names: [' logs-* '],
          query: ' {"term":{"a":1}} ',
          grant: ['*'],
          except: ['secret'],
          allowRestrictedIndices: true,
        }),
      ],
      body: {
        search: [
          {
            names: ['logs-*'],
            query: { term: { a: 1 } },
            field_security: { grant: ['*'], except: ['secret'] },
            allow_restricted_indices: true,
          },
        ],
      },
    },
    {
      why: 'a replication row, ignoring search-only values left in it',
      rows: [replicationRow({ names: ['archive-*'], query: '{"term":{}}', grant: ['a'] })],
      body: { replication: [{ names: ['archive-*'] }] },
    },
    {
      why: 'mixed rows, split by kind in their order',
      rows: [searchRow({ names: ['a'] }), replicationRow({ names: ['r'] }), searchRow({ names: ['b'] })],
      body: { search: [{ names: ['a'] }, { names: ['b'] }], replication: [{ names: ['r'] }] },
    },
    { why: 'no rows', rows: [], body: {} },
  ])('builds $why', ({ rows, body }) => {
    expect(accessBodyFrom(rows)).toEqual(body);
  });

  it('sends a query that is not JSON as text, so the schema names that row', () => {
    const rows = [
      searchRow({ names: ['a'] }),
      replicationRow({ names: ['r'] }),
      searchRow({ names: ['b'], query: '{"term":' }),
    ];
    const body = accessBodyFrom(rows);
    expect(body.search?.[1]?.query).toBe('{"term":');
    const result = crossClusterAccessSchema.safeParse(body);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toHaveProperty(['search.1.query']);
  });

  it('keeps except without grant, so the schema explains that except requires grant', () => {
    const body = accessBodyFrom([searchRow({ names: ['a'], except: ['secret'] })]);
    expect(body.search?.[0]?.field_security).toEqual({ except: ['secret'] });
  });
});

describe('accessRowsFrom', () => {
  it('round-trips a key read from Elasticsearch into a body the schema accepts unchanged', () => {
    const access: CrossClusterAccess = {
      search: [
        {
          names: ['logs-*'],
          query: '{"term":{"event.dataset":"nginx"}}',
          field_security: { grant: ['*'], except: ['user.email'] },
          allow_restricted_indices: false,
        },
      ],
    };
    const rows = accessRowsFrom(access);
    expect(rows).toEqual([
      {
        ...searchRow({
          names: ['logs-*'],
          query: '{\n  "term": {\n    "event.dataset": "nginx"\n  }\n}',
          grant: ['*'],
          except: ['user.email'],
        }),
        rowId: expect.any(Number),
      },
    ]);
    expect(new Set(accessRowsFrom({ search: [{ names: ['a'] }, { names: ['b'] }] }).map((row) => row.rowId)).size).toBe(
      2,
    );
    expect(crossClusterAccessSchema.parse(accessBodyFrom(rows))).toEqual({
      search: [
        {
          names: ['logs-*'],
          query: { term: { 'event.dataset': 'nginx' } },
          field_security: { grant: ['*'], except: ['user.email'] },
        },
      ],
    });
  });

  it('drops the allow_restricted_indices: false that Elasticsearch echoes, and keeps true', () => {
    const rows = accessRowsFrom({
      replication: [
        { names: ['a'], allow_restricted_indices: false },
        { names: ['.b'], allow_restricted_indices: true },
      ],
    });
    expect(accessBodyFrom(rows)).toEqual({
      replication: [{ names: ['a'] }, { names: ['.b'], allow_restricted_indices: true }],
    });
  });

  it('keeps a stored query that is not JSON as it is, rather than losing it', () => {
    expect(accessRowsFrom({ search: [{ names: ['a'], query: 'not json' }] })[0]?.query).toBe('not json');
  });
});

describe('accessPathOfRow', () => {
  const rows = [searchRow({}), replicationRow({}), searchRow({}), replicationRow({})];
  it.each([
    [0, 'access.search.0'],
    [1, 'access.replication.0'],
    [2, 'access.search.1'],
    [3, 'access.replication.1'],
  ])('row %i is reported under %s', (index, path) => {
    expect(accessPathOfRow(rows, index)).toBe(path);
  });

  it('refuses a row that does not exist', () => {
    expect(() => accessPathOfRow(rows, 4)).toThrow(RangeError);
  });
});
