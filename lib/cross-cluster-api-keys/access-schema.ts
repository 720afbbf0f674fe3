import { z } from 'zod';
import { closedObject } from './closed-object';
import { jsonByteLength, parseJsonObject } from './json';

// The `access` of a cross-cluster API key, checked as Elasticsearch's CrossClusterApiKeyRoleDescriptorBuilder checks
// it (parse, then build()): strict entries, no explicit privileges, at least one non-empty list, no document or field
// level security on replication, nor on search when the same key also grants replication (8.14+). The list and
// size limits are the console's own: Elasticsearch has none, but a request body must stay bounded.

export const MAX_ACCESS_ENTRIES = 100;
export const MAX_INDEX_PATTERNS = 100;
/** Elasticsearch's limit for an index name; a longer pattern could match nothing. */
export const MAX_INDEX_PATTERN_LENGTH = 255;
export const MAX_FIELD_NAMES = 100;
export const MAX_QUERY_BYTES = 16 * 1024;

export const QUERY_MESSAGE = 'must be a JSON object (a query such as {"term":{...}})';
const PRIVILEGES_MESSAGE = 'privileges are set by the access type';
/** Elasticsearch's own wording (CrossClusterApiKeyRoleDescriptorBuilder.build). */
const REPLICATION_DLS_FLS_MESSAGE = 'replication does not support document or field level security';
const SEARCH_DLS_FLS_WITH_REPLICATION_MESSAGE =
  'search does not support document or field level security if replication is assigned: use a separate key for replication';

const indexPattern = z
  .string({ error: 'must be an index name or pattern such as logs-*' })
  .min(1, 'must not be empty')
  .max(MAX_INDEX_PATTERN_LENGTH, `must be at most ${MAX_INDEX_PATTERN_LENGTH} characters`)
  .regex(/^\S*$/, 'must not contain spaces');

const indexPatterns = z
  .array(indexPattern, { error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list of index patterns such as ["logs-*"]') })
  .min(1, 'must list at least one index pattern')
  .max(MAX_INDEX_PATTERNS, `must list at most ${MAX_INDEX_PATTERNS} index patterns`);

const fieldNames = z
  .array(
    z.string({ error: 'must be a field name or pattern' }).min(1, 'must not be empty').max(MAX_INDEX_PATTERN_LENGTH, `must be at most ${MAX_INDEX_PATTERN_LENGTH} characters`),
    { error: 'must be a list of field names such as ["*"]' },
  )
  .max(MAX_FIELD_NAMES, `must list at most ${MAX_FIELD_NAMES} fields`);

const fieldSecurity = closedObject(
  { grant: fieldNames.optional(), except: fieldNames.optional() },
  { typeError: 'must be an object such as {"grant": ["*"], "except": ["secret"]}' },
).superRefine((value, ctx) => {
  // Elasticsearch: "field_security requires grant if except is given".
  if (value.except !== undefined && value.grant === undefined) {
    ctx.addIssue({ code: 'custom', path: ['except'], message: 'requires grant (for example grant ["*"] to hide only these fields)' });
  }
});

/** A query object, or the JSON text of one (both are what Elasticsearch accepts); always an object afterwards. */
const documentQuery = z.union([z.string(), z.record(z.string(), z.unknown())], { error: QUERY_MESSAGE }).transform((value, ctx) => {
  const query = typeof value === 'string' ? parseJsonObject(value) : value;
  // An empty object is no query: Elasticsearch refuses it when it checks the role's query. `continue` lets the entry
  // still report its other problems (an unknown key) in the same answer.
  if (!query || Object.keys(query).length === 0) {
    ctx.addIssue({ code: 'custom', message: QUERY_MESSAGE, continue: true });
    return z.NEVER;
  }
  if (jsonByteLength(query) > MAX_QUERY_BYTES) {
    ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_QUERY_BYTES / 1024} KiB as JSON`, continue: true });
    return z.NEVER;
  }
  return query;
});

export const searchAccessSchema = closedObject(
  {
    names: indexPatterns,
    query: documentQuery.optional(),
    field_security: fieldSecurity.optional(),
    allow_restricted_indices: z.boolean({ error: 'must be true or false' }).optional(),
  },
  { typeError: 'must be an object such as {"names": ["logs-*"]}', unknownKeyMessages: { privileges: PRIVILEGES_MESSAGE } },
);

// allow_restricted_indices is accepted for replication (Elasticsearch's own tests grant it; GET echoes it as false).
export const replicationAccessSchema = closedObject(
  { names: indexPatterns, allow_restricted_indices: z.boolean({ error: 'must be true or false' }).optional() },
  {
    typeError: 'must be an object such as {"names": ["archive-*"]}',
    unknownKeyMessages: { privileges: PRIVILEGES_MESSAGE, query: REPLICATION_DLS_FLS_MESSAGE, field_security: REPLICATION_DLS_FLS_MESSAGE },
  },
);

const entries = <T extends z.ZodType>(entry: T, what: string) =>
  z
    .array(entry, { error: `must be a list of ${what} access entries` })
    .max(MAX_ACCESS_ENTRIES, `must have at most ${MAX_ACCESS_ENTRIES} entries`)
    .optional();

/** Field level security as Elasticsearch counts it: granting exactly ["*"] with no exception is no restriction. */
export function usesFieldLevelSecurity(fields: { grant?: string[]; except?: string[] } | undefined): boolean {
  if (!fields) return false;
  const grantsEverything = fields.grant === undefined || (fields.grant.length === 1 && fields.grant[0] === '*');
  return !grantsEverything || (fields.except?.length ?? 0) > 0;
}

export const crossClusterAccessSchema = closedObject(
  { search: entries(searchAccessSchema, 'search'), replication: entries(replicationAccessSchema, 'replication') },
  { typeError: 'must be an object with a search list, a replication list, or both' },
).superRefine((access, ctx) => {
  const search = access.search ?? [];
  const replication = access.replication ?? [];
  if (search.length === 0 && replication.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'must grant search or replication access (or both)' });
  }
  if (replication.length === 0) return;
  search.forEach((entry, index) => {
    if (entry.query !== undefined) ctx.addIssue({ code: 'custom', path: ['search', index, 'query'], message: SEARCH_DLS_FLS_WITH_REPLICATION_MESSAGE });
    if (usesFieldLevelSecurity(entry.field_security)) {
      ctx.addIssue({ code: 'custom', path: ['search', index, 'field_security'], message: SEARCH_DLS_FLS_WITH_REPLICATION_MESSAGE });
    }
  });
});

export type SearchAccess = z.output<typeof searchAccessSchema>;
export type ReplicationAccess = z.output<typeof replicationAccessSchema>;
/** The access as sent to Elasticsearch (queries are objects by then). */
export type CrossClusterAccessBody = z.output<typeof crossClusterAccessSchema>;
/** The access before validation: what a form or a client sends. */
export type CrossClusterAccessInput = z.input<typeof crossClusterAccessSchema>;
