import { z } from 'zod';
import { closedObject } from './closed-object';
import { jsonByteLength, parseJsonObject } from './json';

// The parts of an index privilege entry that Elasticsearch checks the same way wherever they appear: in a role's
// indices and remote_indices, and in a cross-cluster API key's access. The size limits are the console's own.

export const MAX_INDEX_PATTERNS = 100;
/** Elasticsearch's limit for an index name; a longer pattern could match nothing. */
export const MAX_INDEX_PATTERN_LENGTH = 255;
export const MAX_FIELD_NAMES = 100;
export const MAX_QUERY_BYTES = 16 * 1024;

export const QUERY_MESSAGE = 'must be a JSON object (a query such as {"term":{...}})';

export const indexPattern = z
  .string({ error: 'must be an index name or pattern such as logs-*' })
  .min(1, 'must not be empty')
  .max(MAX_INDEX_PATTERN_LENGTH, `must be at most ${MAX_INDEX_PATTERN_LENGTH} characters`)
  .regex(/^\S*$/, 'must not contain spaces');

export const indexPatterns = z
  .array(indexPattern, {
    error: (issue) =>
      issue.input === undefined ? 'is required' : 'must be a list of index patterns such as ["logs-*"]',
  })
  .min(1, 'must list at least one index pattern')
  .max(MAX_INDEX_PATTERNS, `must list at most ${MAX_INDEX_PATTERNS} index patterns`);

export const fieldNames = z
  .array(
    z
      .string({ error: 'must be a field name or pattern' })
      .min(1, 'must not be empty')
      .max(MAX_INDEX_PATTERN_LENGTH, `must be at most ${MAX_INDEX_PATTERN_LENGTH} characters`),
    { error: 'must be a list of field names such as ["*"]' },
  )
  .max(MAX_FIELD_NAMES, `must list at most ${MAX_FIELD_NAMES} fields`);

export const fieldSecurity = closedObject(
  { grant: fieldNames.optional(), except: fieldNames.optional() },
  { typeError: 'must be an object such as {"grant": ["*"], "except": ["secret"]}' },
).superRefine((value, ctx) => {
  // Elasticsearch: "field_security requires grant if except is given".
  if (value.except !== undefined && value.grant === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['except'],
      message: 'requires grant (for example grant ["*"] to hide only these fields)',
    });
  }
});

/** A query object, or the JSON text of one (both are what Elasticsearch accepts); always an object afterwards. */
export const documentQuery = z
  .union([z.string(), z.record(z.string(), z.unknown())], { error: QUERY_MESSAGE })
  .transform((value, ctx) => {
    const query = typeof value === 'string' ? parseJsonObject(value) : value;
    // An empty object is no query: Elasticsearch refuses it when it checks the role's query. `continue` lets the entry
    // still report its other problems (an unknown key) in the same answer.
    if (!query || Object.keys(query).length === 0) {
      ctx.addIssue({ code: 'custom', message: QUERY_MESSAGE, continue: true });
      return z.NEVER;
    }
    if (jsonByteLength(query) > MAX_QUERY_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `must be at most ${MAX_QUERY_BYTES / 1024} KiB as JSON`,
        continue: true,
      });
      return z.NEVER;
    }
    return query;
  });
