// Two fixtures: one written by hand from the 9.x source (ApiKey.toXContent, CrossClusterApiKeyRoleDescriptorBuilder)
// for
// cases a fresh sandbox cannot show (an invalidated, expired key), and one recorded from the 9.5.4 sandbox.
import type { estypes } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import recorded from './fixtures/get-cross-cluster-api-keys.json';
import realRecording from './fixtures/get-api-keys-9.5.4.json';
import { deserializeCrossClusterApiKey, isCrossClusterApiKey, summarizeAccess, type RawApiKey } from './model';

// JSON imports widen "cross_cluster" to string; every other field is checked against RawApiKey as it is.
const keys: RawApiKey[] = recorded.api_keys.map((key) => ({ ...key, type: key.type as estypes.SecurityApiKeyType }));
const [searchAndReplication, searchOnly, invalidated] = keys as [RawApiKey, RawApiKey, RawApiKey];
const now = new Date('2026-01-15T00:00:00Z');

describe('deserializeCrossClusterApiKey', () => {
  it('reads a key granting search and replication, with its owner, dates and metadata', () => {
    expect(deserializeCrossClusterApiKey(searchAndReplication, now)).toEqual({
      id: 'VuaCfGcBCdbkQm-e5aOx',
      name: 'sandbox-remote-search-and-replication',
      creator: { username: 'elastic', realm: 'reserved' },
      createdAt: '2026-01-01T00:00:00.000Z',
      expiresAt: '2026-01-31T00:00:00.000Z',
      invalidated: false,
      invalidatedAt: null,
      expired: false,
      access: {
        search: [{ names: ['logs-*', 'metrics-*'], allow_restricted_indices: false }],
        replication: [{ names: ['archive-*'], allow_restricted_indices: false }],
      },
      accessSummary: 'search: logs-*, metrics-* · replication: archive-*',
      metadata: { purpose: 'sandbox', ticket: 4242 },
    });
  });

  it('keeps the document query as the JSON text Elasticsearch stored, and the field security', () => {
    const key = deserializeCrossClusterApiKey(searchOnly, now);
    expect(key.access).toEqual({
      search: [
        {
          names: ['logs-nginx-*'],
          query: '{"term":{"event.dataset":"nginx.access"}}',
          field_security: { grant: ['*'], except: ['user.email'] },
          allow_restricted_indices: false,
        },
      ],
    });
    expect(key.expiresAt).toBeNull();
    expect(key.expired).toBe(false);
    expect(key.creator).toEqual({ username: 'rcc-admin', realm: 'default_native' });
  });

  it('reports an invalidated key with its invalidation time, and expiry against the given now', () => {
    const key = deserializeCrossClusterApiKey(invalidated, now);
    expect(key).toMatchObject({
      invalidated: true,
      invalidatedAt: '2025-01-27T17:46:40.000Z',
      expired: true,
      accessSummary: 'replication: archive-*, .ds-archive-*',
    });
    expect(deserializeCrossClusterApiKey(invalidated, new Date('2025-01-15T00:00:00Z')).expired).toBe(false);
  });

  it('is expired only once the expiration instant has passed (as ApiKeyService decides)', () => {
    const expiration = searchAndReplication.expiration ?? 0;
    expect(deserializeCrossClusterApiKey(searchAndReplication, new Date(expiration)).expired).toBe(false);
    expect(deserializeCrossClusterApiKey(searchAndReplication, new Date(expiration + 1)).expired).toBe(true);
  });

  it.each(keys.map((key) => [key.name, key] as const))(
    'derives the same access from role_descriptors when access is absent (%s)',
    (_, key) => {
      const withoutAccess: RawApiKey = { ...key, access: undefined };
      expect(deserializeCrossClusterApiKey(withoutAccess, now).access).toEqual(
        deserializeCrossClusterApiKey(key, now).access,
      );
    },
  );

  it('normalizes single strings and object queries, and tolerates missing optional fields', () => {
    const key = deserializeCrossClusterApiKey(
      {
        id: 'x1',
        creation: 0,
        access: {
          search: [{ names: 'logs-*', query: { term: { a: 1 } }, field_security: { grant: 'message' } }],
          replication: [],
        },
      },
      now,
    );
    expect(key).toMatchObject({
      name: '',
      creator: { username: '', realm: '' },
      invalidated: false,
      metadata: {},
      accessSummary: 'search: logs-*',
    });
    expect(key.access).toEqual({
      search: [{ names: ['logs-*'], query: '{"term":{"a":1}}', field_security: { grant: ['message'] } }],
    });
  });

  it("accepts the client's SecurityApiKey type as it is", () => {
    const fromClient = (apiKey: estypes.SecurityApiKey): RawApiKey => apiKey;
    expect(fromClient).toBeTypeOf('function');
  });
});

describe('isCrossClusterApiKey', () => {
  it('tells cross-cluster keys from REST keys in a _query/api_key answer', () => {
    expect(keys.every(isCrossClusterApiKey)).toBe(true);
    expect(isCrossClusterApiKey({ id: 'r', creation: 0, type: 'rest' })).toBe(false);
  });
});

describe('summarizeAccess', () => {
  it.each([
    { access: {}, summary: 'no access' },
    { access: { search: [{ names: ['a', 'b'] }, { names: ['b', 'c'] }] }, summary: 'search: a, b, c' },
    { access: { replication: [{ names: ['r'] }] }, summary: 'replication: r' },
  ])('$summary', ({ access, summary }) => {
    expect(summarizeAccess(access)).toBe(summary);
  });
});

describe('deserializeCrossClusterApiKey on a response recorded from the 9.5.4 sandbox (GET _security/api_key)', () => {
  const real = (realRecording.api_keys as unknown as RawApiKey[]).map((key) =>
    deserializeCrossClusterApiKey(key, new Date('2026-11-24T00:00:00Z')),
  );

  it('reads the search-only key with its query text, field security, expiry and metadata', () => {
    expect(real[0]).toMatchObject({
      name: 'recorded-search-key',
      creator: { username: 'elastic', realm: 'reserved' },
      expired: false,
      invalidated: false,
      metadata: { team: 'search' },
      access: {
        search: [
          {
            names: ['logs-*'],
            query: '{"term":{"service":"logs-web"}}',
            field_security: { grant: ['*'], except: ['message'] },
          },
        ],
      },
      accessSummary: 'search: logs-*',
    });
    expect(real[0]?.expiresAt).toMatch(/^2026-12-/);
  });

  it('reads the key granting both, which never expires', () => {
    expect(real[1]).toMatchObject({
      name: 'recorded-both-key',
      expiresAt: null,
      accessSummary: 'search: logs-*, metrics-* · replication: archive-*',
    });
  });
});
