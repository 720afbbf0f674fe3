import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/validation/field-errors';
import {
  crossClusterApiKeyCreateSchema,
  crossClusterApiKeyNameSchema,
  crossClusterApiKeyUpdateSchema,
  expirationSchema,
  invalidateCrossClusterApiKeysSchema,
} from './schema';

const search = [{ names: ['logs-*'] }];
const replication = [{ names: ['archive-*'] }];
const valid = { name: 'sandbox-remote', access: { search } };
const withAccess = (access: unknown) => ({ ...valid, access });
const withSearch = (entry: Record<string, unknown>) => withAccess({ search: [entry] });
const withReplication = (entry: Record<string, unknown>) => withAccess({ replication: [entry] });
const patterns = (count: number) => Array.from({ length: count }, (_, index) => `logs-${index}-*`);

interface InvalidCase {
  why: string;
  body: unknown;
  field: string;
  message?: string;
}

const INVALID_CREATE_BODIES: InvalidCase[] = [
  { why: 'a body that is not an object', body: ['x'], field: '(body)' },
  { why: 'a missing name', body: { access: { search } }, field: 'name', message: 'is required' },
  { why: 'an empty name', body: { ...valid, name: '' }, field: 'name', message: 'is required' },
  { why: 'a name that is not a string', body: { ...valid, name: 42 }, field: 'name' },
  {
    why: 'a name with a leading space',
    body: { ...valid, name: ' remote' },
    field: 'name',
    message: 'must not begin or end with spaces',
  },
  { why: 'a name with a trailing space', body: { ...valid, name: 'remote ' }, field: 'name' },
  {
    why: 'a name starting with "_"',
    body: { ...valid, name: '_remote' },
    field: 'name',
    message: 'must not begin with "_" (reserved for Elasticsearch)',
  },
  { why: 'a name over 256 characters', body: { ...valid, name: 'k'.repeat(257) }, field: 'name' },
  { why: 'a missing access', body: { name: 'remote' }, field: 'access', message: 'is required' },
  {
    why: 'an empty access',
    body: withAccess({}),
    field: 'access',
    message: 'must grant search or replication access (or both)',
  },
  {
    why: 'empty search and replication lists',
    body: withAccess({ search: [], replication: [] }),
    field: 'access',
    message: 'must grant search or replication access (or both)',
  },
  { why: 'an access that is a string', body: withAccess('logs-*'), field: 'access' },
  { why: 'an unknown access type', body: withAccess({ search, indices: [{ names: ['x'] }] }), field: 'access.indices' },
  { why: 'search that is not a list', body: withAccess({ search: { names: ['logs-*'] } }), field: 'access.search' },
  { why: 'a search entry that is a string', body: withAccess({ search: ['logs-*'] }), field: 'access.search.0' },
  {
    why: 'over 100 search entries',
    body: withAccess({ search: Array.from({ length: 101 }, () => ({ names: ['a'] })) }),
    field: 'access.search',
  },
  { why: 'a search entry without names', body: withSearch({}), field: 'access.search.0.names', message: 'is required' },
  {
    why: 'an empty names list',
    body: withSearch({ names: [] }),
    field: 'access.search.0.names',
    message: 'must list at least one index pattern',
  },
  { why: 'names given as one string', body: withSearch({ names: 'logs-*' }), field: 'access.search.0.names' },
  {
    why: 'an empty second index pattern',
    body: withSearch({ names: ['logs-*', ''] }),
    field: 'access.search.0.names.1',
    message: 'must not be empty',
  },
  {
    why: 'an index pattern with a space',
    body: withSearch({ names: ['logs *'] }),
    field: 'access.search.0.names.0',
    message: 'must not contain spaces',
  },
  {
    why: 'an index pattern over 255 characters',
    body: withSearch({ names: ['l'.repeat(256)] }),
    field: 'access.search.0.names.0',
  },
  { why: 'over 100 index patterns', body: withSearch({ names: patterns(101) }), field: 'access.search.0.names' },
  {
    why: 'explicit privileges on search',
    body: withSearch({ names: ['logs-*'], privileges: ['read'] }),
    field: 'access.search.0.privileges',
    message: 'privileges are set by the access type',
  },
  {
    why: 'explicit privileges on replication',
    body: withReplication({ names: ['a'], privileges: ['all'] }),
    field: 'access.replication.0.privileges',
    message: 'privileges are set by the access type',
  },
  {
    why: 'a query on replication',
    body: withReplication({ names: ['a'], query: { match_all: {} } }),
    field: 'access.replication.0.query',
    message: 'replication does not support document or field level security',
  },
  {
    why: 'field security on replication',
    body: withReplication({ names: ['a'], field_security: { grant: ['a'] } }),
    field: 'access.replication.0.field_security',
  },
  {
    why: 'an unknown field in a search entry',
    body: withSearch({ names: ['logs-*'], allow_restricted: true }),
    field: 'access.search.0.allow_restricted',
  },
  {
    why: 'a query text that is not JSON',
    body: withSearch({ names: ['logs-*'], query: '{"term":' }),
    field: 'access.search.0.query',
    message: 'must be a JSON object (a query such as {"term":{...}})',
  },
  {
    why: 'a query text holding an array',
    body: withSearch({ names: ['logs-*'], query: '[{"term":{}}]' }),
    field: 'access.search.0.query',
  },
  {
    why: 'a query that is a number',
    body: withSearch({ names: ['logs-*'], query: 42 }),
    field: 'access.search.0.query',
  },
  { why: 'an empty query object', body: withSearch({ names: ['logs-*'], query: {} }), field: 'access.search.0.query' },
  {
    why: 'a query over 16 KiB',
    body: withSearch({ names: ['logs-*'], query: { terms: { id: patterns(2000) } } }),
    field: 'access.search.0.query',
  },
  {
    why: 'except without grant',
    body: withSearch({ names: ['logs-*'], field_security: { except: ['secret'] } }),
    field: 'access.search.0.field_security.except',
  },
  {
    why: 'grant that is not a list',
    body: withSearch({ names: ['logs-*'], field_security: { grant: '*' } }),
    field: 'access.search.0.field_security.grant',
  },
  {
    why: 'an unknown field security key',
    body: withSearch({ names: ['logs-*'], field_security: { deny: ['a'] } }),
    field: 'access.search.0.field_security.deny',
  },
  {
    why: 'allow_restricted_indices as a string in the second entry',
    body: withAccess({ search: [{ names: ['a'] }, { names: ['b'], allow_restricted_indices: 'true' }] }),
    field: 'access.search.1.allow_restricted_indices',
  },
  {
    why: 'an empty pattern in the second replication entry',
    body: withAccess({ replication: [{ names: ['a'] }, { names: [''] }] }),
    field: 'access.replication.1.names.0',
  },
  {
    why: 'a search query when replication is granted too',
    body: withAccess({ search: [{ names: ['logs-*'], query: { term: { a: 1 } } }], replication }),
    field: 'access.search.0.query',
  },
  {
    why: 'field level security on search when replication is granted too',
    body: withAccess({
      search: [{ names: ['a'] }, { names: ['b'], field_security: { grant: ['message'] } }],
      replication,
    }),
    field: 'access.search.1.field_security',
  },
  {
    why: 'an expiration in years',
    body: { ...valid, expiration: '1y' },
    field: 'expiration',
    message: 'must be a duration such as 30d, 12h or 90m',
  },
  { why: 'an expiration in weeks', body: { ...valid, expiration: '2w' }, field: 'expiration' },
  { why: 'a fractional expiration', body: { ...valid, expiration: '1.5h' }, field: 'expiration' },
  { why: 'a zero expiration', body: { ...valid, expiration: '0d' }, field: 'expiration' },
  { why: 'an expiration without a unit', body: { ...valid, expiration: '30' }, field: 'expiration' },
  { why: 'an expiration as a number', body: { ...valid, expiration: 30 }, field: 'expiration' },
  { why: 'metadata that is a list', body: { ...valid, metadata: ['a'] }, field: 'metadata' },
  {
    why: 'a reserved metadata key',
    body: { ...valid, metadata: { ok: 1, _internal: true } },
    field: 'metadata._internal',
    message: 'keys beginning with "_" are reserved for Elasticsearch',
  },
  {
    why: 'metadata over 8 KiB',
    body: { ...valid, metadata: { notes: 'n'.repeat(8 * 1024) } },
    field: 'metadata',
    message: 'must be at most 8 KiB as JSON',
  },
  {
    why: 'role descriptors, which belong to REST API keys',
    body: { ...valid, role_descriptors: {} },
    field: 'role_descriptors',
  },
];

describe('crossClusterApiKeyCreateSchema', () => {
  it.each(INVALID_CREATE_BODIES)('refuses $why with a message on $field', ({ body, field, message }) => {
    const result = crossClusterApiKeyCreateSchema.safeParse(body);
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = fieldErrors(result.error);
    expect(errors).toHaveProperty([field]);
    if (message) expect(errors[field]).toBe(message);
  });

  it('reports every problem of every row in one answer, each on its own path', () => {
    const result = crossClusterApiKeyCreateSchema.safeParse(
      withAccess({
        search: [
          { names: ['a', ''], query: '{', privileges: ['read'] },
          { names: [], field_security: { except: ['x'] } },
        ],
        replication: [{ names: [' '], query: {} }],
      }),
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(fieldErrors(result.error)).sort()).toEqual([
      'access.replication.0.names.0',
      'access.replication.0.query',
      'access.search.0.names.1',
      'access.search.0.privileges',
      'access.search.0.query',
      'access.search.1.field_security.except',
      'access.search.1.names',
    ]);
  });

  it('accepts search and replication together, with restricted indices on both', () => {
    const body = {
      name: 'search-and-replication',
      access: {
        search: [
          { names: ['logs-*', 'metrics-*'], allow_restricted_indices: true },
          { names: ['traces-*'], field_security: { grant: ['*'] } },
        ],
        replication: [{ names: ['archive-*'], allow_restricted_indices: true }],
      },
      expiration: '30d',
      metadata: { owner: 'platform', nested: { _not_top_level: true } },
    };
    expect(crossClusterApiKeyCreateSchema.parse(body)).toEqual(body);
  });

  it('turns a query given as JSON text into the object Elasticsearch receives', () => {
    const parsed = crossClusterApiKeyCreateSchema.parse(
      withSearch({ names: ['logs-*'], query: '{"term":{"event.dataset":"nginx"}}' }),
    );
    expect(parsed.access.search?.[0]?.query).toEqual({ term: { 'event.dataset': 'nginx' } });
  });

  it('accepts document and field level security on search when there is no replication', () => {
    const entry = {
      names: ['logs-*'],
      query: { term: { team: 'a' } },
      field_security: { grant: ['*'], except: ['user.email'] },
    };
    expect(crossClusterApiKeyCreateSchema.parse(withSearch(entry)).access.search).toEqual([entry]);
  });

  it('accepts replication only, with no search list at all', () => {
    expect(crossClusterApiKeyCreateSchema.parse(withAccess({ replication })).access).toEqual({ replication });
  });

  it.each(['30d', '12h', '90m', '45s', '500ms', '10micros', '1nanos'])('accepts the expiration %s', (expiration) => {
    expect(crossClusterApiKeyCreateSchema.parse({ ...valid, expiration }).expiration).toBe(expiration);
  });
});

describe('crossClusterApiKeyNameSchema', () => {
  it.each(['remote', 'My key (prod → dr)', 'a_b', 'k'.repeat(256), 'in the middle_'])('accepts %s', (name) => {
    expect(crossClusterApiKeyNameSchema.safeParse(name).success).toBe(true);
  });
});

describe('expirationSchema', () => {
  it.each(['30D', '-1', '1000000000d', ' 30d', 'd'])('refuses %s', (expiration) => {
    expect(expirationSchema.safeParse(expiration).success).toBe(false);
  });
});

describe('crossClusterApiKeyUpdateSchema', () => {
  it.each([
    { why: 'an empty update', body: {}, field: '(body)' },
    { why: 'an update of the expiration alone', body: { expiration: '30d' }, field: '(body)' },
    { why: 'a new name', body: { name: 'renamed', metadata: {} }, field: 'name' },
    { why: 'an access granting nothing', body: { access: { search: [] } }, field: 'access' },
    { why: 'a reserved metadata key', body: { metadata: { _reserved: 1 } }, field: 'metadata._reserved' },
  ])('refuses $why with a message on $field', ({ body, field }) => {
    const result = crossClusterApiKeyUpdateSchema.safeParse(body);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toHaveProperty([field]);
  });

  it.each([
    { why: 'metadata only (an empty object clears it)', body: { metadata: {} } },
    { why: 'access only', body: { access: { replication } } },
    { why: 'all three', body: { access: { search }, metadata: { rotated: true }, expiration: '90d' } },
  ])('accepts $why', ({ body }) => {
    expect(crossClusterApiKeyUpdateSchema.parse(body)).toEqual(body);
  });
});

describe('invalidateCrossClusterApiKeysSchema', () => {
  it.each([
    { why: 'no ids', body: {}, field: 'ids' },
    { why: 'an empty list', body: { ids: [] }, field: 'ids' },
    { why: 'over 200 ids', body: { ids: Array.from({ length: 201 }, (_, index) => `id${index}`) }, field: 'ids' },
    { why: 'an id with a slash', body: { ids: ['VuaCfGcBCdbkQm-e5aOx', '../x'] }, field: 'ids.1' },
    { why: 'an id over 100 characters', body: { ids: ['a'.repeat(101)] }, field: 'ids.0' },
    { why: 'an empty id', body: { ids: [''] }, field: 'ids.0' },
  ])('refuses $why with a message on $field', ({ body, field }) => {
    const result = invalidateCrossClusterApiKeysSchema.safeParse(body);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toHaveProperty([field]);
  });

  it('accepts Elasticsearch ids', () => {
    expect(invalidateCrossClusterApiKeysSchema.parse({ ids: ['VuaCfGcBCdbkQm-e5aOx', 'a_b-C'] }).ids).toHaveLength(2);
  });
});
