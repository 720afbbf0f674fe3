import type { z } from 'zod';
import type { crossClusterApiKeySchema } from '@/lib/openapi/models/cross-cluster-api-keys';
import type { estypes } from '@elastic/elasticsearch';
import { isJsonObject } from '@/lib/validation/json';

// The console's view of one cross-cluster API key, and the pure reshaping from what Elasticsearch returns
// (GET _security/api_key?type=cross_cluster, or a hit of _security/_query/api_key). Raw types stay apart from the
// model so a change in Elasticsearch's response touches only the deserializer.

/** One search grant as Elasticsearch reports it; the query is the JSON text it stored. */
export interface SearchGrant {
  names: string[];
  query?: string;
  field_security?: { grant?: string[]; except?: string[] };
  allow_restricted_indices?: boolean;
}

export interface ReplicationGrant {
  names: string[];
  allow_restricted_indices?: boolean;
}

/** The `access` field of a cross-cluster key, with Elasticsearch's "string or list" fields made lists. */
export interface CrossClusterAccess {
  search?: SearchGrant[];
  replication?: ReplicationGrant[];
}

export type CrossClusterApiKey = z.output<typeof crossClusterApiKeySchema>;

type RawIndicesPrivileges = Pick<
  estypes.SecurityIndicesPrivileges,
  'names' | 'privileges' | 'query' | 'field_security' | 'allow_restricted_indices'
>;

/**
 * What the console reads of one key. Looser than the client's SecurityApiKey (which is assignable to it) because
 * recorded and older responses lack some fields; `access` appeared with cross-cluster keys, but a key read through a
 * path that omits it still carries the derived role descriptor `cross_cluster`.
 */
export interface RawApiKey {
  id: string;
  name?: string | null;
  type?: estypes.SecurityApiKeyType;
  creation: number;
  expiration?: number | null;
  invalidated?: boolean;
  invalidation?: number | null;
  username?: string;
  realm?: string;
  metadata?: Record<string, unknown>;
  role_descriptors?: Record<string, { indices?: RawIndicesPrivileges[] }>;
  access?: estypes.SecurityAccess;
}

/** Elasticsearch's name for the single role descriptor it derives from `access`. */
const DERIVED_ROLE_DESCRIPTOR = 'cross_cluster';

export function isCrossClusterApiKey(raw: RawApiKey): boolean {
  return raw.type === 'cross_cluster';
}

export function deserializeCrossClusterApiKey(raw: RawApiKey, now: Date): CrossClusterApiKey {
  const access = raw.access
    ? accessFrom(raw.access)
    : accessFromRoleDescriptor(raw.role_descriptors?.[DERIVED_ROLE_DESCRIPTOR]?.indices ?? []);
  const expiration = raw.expiration ?? null;
  return {
    id: raw.id,
    name: raw.name ?? '',
    creator: { username: raw.username ?? '', realm: raw.realm ?? '' },
    createdAt: new Date(raw.creation).toISOString(),
    expiresAt: expiration === null ? null : new Date(expiration).toISOString(),
    invalidated: raw.invalidated ?? false,
    invalidatedAt: raw.invalidation == null ? null : new Date(raw.invalidation).toISOString(),
    // ApiKeyService treats a key as expired once its expiration instant is before now.
    expired: expiration !== null && expiration < now.getTime(),
    access,
    accessSummary: summarizeAccess(access),
    metadata: isJsonObject(raw.metadata) ? raw.metadata : {},
  };
}

export function summarizeAccess(access: CrossClusterAccess): string {
  const names = (grants: { names: string[] }[] | undefined) => [
    ...new Set((grants ?? []).flatMap((grant) => grant.names)),
  ];
  const parts: string[] = [];
  const search = names(access.search);
  const replication = names(access.replication);
  if (search.length > 0) parts.push(`search: ${search.join(', ')}`);
  if (replication.length > 0) parts.push(`replication: ${replication.join(', ')}`);
  return parts.join(' · ') || 'no access';
}

function accessFrom(raw: estypes.SecurityAccess): CrossClusterAccess {
  const access: CrossClusterAccess = {};
  if (raw.search?.length) access.search = raw.search.map(searchGrantFrom);
  if (raw.replication?.length) access.replication = raw.replication.map(replicationGrantFrom);
  return access;
}

// The privileges Elasticsearch assigns per access type (CrossClusterApiKeyRoleDescriptorBuilder): search gets
// read, read_cross_cluster and view_index_metadata; replication gets cross_cluster_replication(_internal).
function accessFromRoleDescriptor(indices: RawIndicesPrivileges[]): CrossClusterAccess {
  return accessFrom({
    search: indices.filter((entry) => entry.privileges.includes('read')),
    replication: indices.filter((entry) => entry.privileges.includes('cross_cluster_replication')),
  });
}

function searchGrantFrom(raw: estypes.SecuritySearchAccess): SearchGrant {
  const grant: SearchGrant = { names: list(raw.names) };
  // Elasticsearch returns the query as the JSON text it stored; an object can only come from a hand-made fixture.
  if (raw.query !== undefined) grant.query = typeof raw.query === 'string' ? raw.query : JSON.stringify(raw.query);
  if (raw.field_security) {
    grant.field_security = {};
    if (raw.field_security.grant !== undefined) grant.field_security.grant = list(raw.field_security.grant);
    if (raw.field_security.except !== undefined) grant.field_security.except = list(raw.field_security.except);
  }
  if (raw.allow_restricted_indices !== undefined) grant.allow_restricted_indices = raw.allow_restricted_indices;
  return grant;
}

function replicationGrantFrom(raw: estypes.SecurityReplicationAccess): ReplicationGrant {
  const grant: ReplicationGrant = { names: list(raw.names) };
  if (raw.allow_restricted_indices !== undefined) grant.allow_restricted_indices = raw.allow_restricted_indices;
  return grant;
}

/** Elasticsearch accepts (and may echo) a single string where a list is expected. */
function list(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}
