import { z } from 'zod';
import { closedObject } from '@/lib/validation/closed-object';
import { documentQuery, fieldSecurity, indexPatterns } from '@/lib/validation/index-fields';

export {
  MAX_FIELD_NAMES,
  MAX_INDEX_PATTERN_LENGTH,
  MAX_INDEX_PATTERNS,
  MAX_QUERY_BYTES,
  QUERY_MESSAGE,
} from '@/lib/validation/index-fields';

// The `access` of a cross-cluster API key, checked as Elasticsearch's CrossClusterApiKeyRoleDescriptorBuilder checks
// it (parse, then build()): strict entries, no explicit privileges, at least one non-empty list, no document or field
// level security on replication, nor on search when the same key also grants replication (8.14+). The list and
// size limits are the console's own: Elasticsearch has none, but a request body must stay bounded.

export const MAX_ACCESS_ENTRIES = 100;

const PRIVILEGES_MESSAGE = 'privileges are set by the access type';
/** Elasticsearch's own wording (CrossClusterApiKeyRoleDescriptorBuilder.build). */
const REPLICATION_DLS_FLS_MESSAGE = 'replication does not support document or field level security';
const SEARCH_DLS_FLS_WITH_REPLICATION_MESSAGE =
  'search does not support document or field level security if ' +
  'replication is assigned: use a separate key for replication';

export const searchAccessSchema = closedObject(
  {
    names: indexPatterns,
    query: documentQuery.optional(),
    field_security: fieldSecurity.optional(),
    allow_restricted_indices: z.boolean({ error: 'must be true or false' }).optional(),
  },
  {
    typeError: 'must be an object such as {"names": ["logs-*"]}',
    unknownKeyMessages: { privileges: PRIVILEGES_MESSAGE },
  },
);

// allow_restricted_indices is accepted for replication (Elasticsearch's own tests grant it; GET echoes it as false).
export const replicationAccessSchema = closedObject(
  { names: indexPatterns, allow_restricted_indices: z.boolean({ error: 'must be true or false' }).optional() },
  {
    typeError: 'must be an object such as {"names": ["archive-*"]}',
    unknownKeyMessages: {
      privileges: PRIVILEGES_MESSAGE,
      query: REPLICATION_DLS_FLS_MESSAGE,
      field_security: REPLICATION_DLS_FLS_MESSAGE,
    },
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
    if (entry.query !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['search', index, 'query'],
        message: SEARCH_DLS_FLS_WITH_REPLICATION_MESSAGE,
      });
    if (usesFieldLevelSecurity(entry.field_security)) {
      ctx.addIssue({
        code: 'custom',
        path: ['search', index, 'field_security'],
        message: SEARCH_DLS_FLS_WITH_REPLICATION_MESSAGE,
      });
    }
  });
});

export type SearchAccess = z.output<typeof searchAccessSchema>;
export type ReplicationAccess = z.output<typeof replicationAccessSchema>;
/** The access as sent to Elasticsearch (queries are objects by then). */
export type CrossClusterAccessBody = z.output<typeof crossClusterAccessSchema>;
/** The access before validation: what a form or a client sends. */
export type CrossClusterAccessInput = z.input<typeof crossClusterAccessSchema>;
