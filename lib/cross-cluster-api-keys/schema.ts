import { z } from 'zod';
import { crossClusterAccessSchema } from './access-schema';
import { closedObject } from '@/lib/validation/closed-object';
import { jsonByteLength } from '@/lib/validation/json';
import { plainText } from '@/lib/validation/plain-text';

// One schema per input, shared by the key form and the route handlers: the browser shows these messages in place and
// the server answers 400 with the same ones before anything reaches Elasticsearch. The rules are Elasticsearch's
// (AbstractCreateApiKeyRequest.validate, UpdateCrossClusterApiKeyRequest.validate, TimeValue); size limits are ours.

export {
  crossClusterAccessSchema,
  replicationAccessSchema,
  searchAccessSchema,
  usesFieldLevelSecurity,
  type CrossClusterAccessBody,
  type CrossClusterAccessInput,
  type ReplicationAccess,
  type SearchAccess,
} from './access-schema';

/** Elasticsearch's limit (AbstractCreateApiKeyRequest: "api key name may not be more than 256 characters long"). */
export const MAX_NAME_LENGTH = 256;
export const MAX_METADATA_BYTES = 8 * 1024;
export const MAX_INVALIDATE_IDS = 200;
const MAX_API_KEY_ID_LENGTH = 100;

export const DURATION_MESSAGE = 'must be a duration such as 30d, 12h or 90m';

export const crossClusterApiKeyNameSchema = plainText(
  z
    .string({ error: 'is required' })
    .min(1, 'is required')
    .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)
    .refine((name) => name === name.trim(), 'must not begin or end with spaces')
    .refine((name) => !name.startsWith('_'), 'must not begin with "_" (reserved for Elasticsearch)'),
);

// Elasticsearch's TimeValue units. It has no weeks, months or years ("1y" fails), refuses fractions ("1.5h"), and
// would take "0" or "-1", which make no sense as a lifetime. Nine digits keep the value far from a long overflow.
export const expirationSchema = z
  .string({ error: DURATION_MESSAGE })
  .regex(/^\d{1,9}(d|h|m|s|ms|micros|nanos)$/, DURATION_MESSAGE)
  .refine((duration) => Number.parseInt(duration, 10) > 0, 'must be longer than zero, such as 30d');

export const apiKeyMetadataSchema = z
  .record(z.string(), z.unknown(), { error: 'must be a JSON object such as {"purpose": "sandbox"}' })
  .superRefine((metadata, ctx) => {
    // Elasticsearch checks only the top-level keys (MetadataUtils.containsReservedMetadata).
    for (const key of Object.keys(metadata)) {
      if (key.startsWith('_'))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'keys beginning with "_" are reserved for Elasticsearch',
        });
    }
    if (jsonByteLength(metadata) > MAX_METADATA_BYTES) {
      ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_METADATA_BYTES / 1024} KiB as JSON` });
    }
  });

const bodyTypeError = 'must be a JSON object';
const unknownKeyMessages = {
  role_descriptors: 'is not accepted: a cross-cluster API key gets its privileges from access',
  type: 'is not accepted: this request always creates a cross-cluster API key',
};

export const crossClusterApiKeyCreateSchema = closedObject(
  {
    name: crossClusterApiKeyNameSchema,
    access: crossClusterAccessSchema,
    expiration: expirationSchema.optional(),
    metadata: apiKeyMetadataSchema.optional(),
  },
  { typeError: bodyTypeError, unknownKeyMessages },
);

export const crossClusterApiKeyUpdateSchema = closedObject(
  {
    access: crossClusterAccessSchema.optional(),
    metadata: apiKeyMetadataSchema.optional(),
    expiration: expirationSchema.optional(),
  },
  {
    typeError: bodyTypeError,
    unknownKeyMessages: { ...unknownKeyMessages, name: 'cannot be changed: create a new key instead' },
  },
).superRefine((update, ctx) => {
  // Elasticsearch refuses an update with neither ("must update either [access] or [metadata] for cross-cluster API
  // keys"), including one that would only change the expiration.
  if (update.access === undefined && update.metadata === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'must change access or metadata (an expiration alone is refused by Elasticsearch)',
    });
  }
});

// API key ids are Elasticsearch's base64url UUIDs (20 characters today); the pattern keeps them safe in a URL path.
const apiKeyIdSchema = z
  .string({ error: 'must be an API key id' })
  .min(1, 'must not be empty')
  .max(MAX_API_KEY_ID_LENGTH, `must be at most ${MAX_API_KEY_ID_LENGTH} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an API key id (letters, digits, "_" and "-")');

export const invalidateCrossClusterApiKeysSchema = z.object(
  {
    ids: z
      .array(apiKeyIdSchema, {
        error: (issue) => (issue.input === undefined ? 'is required' : 'must be a list of API key ids'),
      })
      .min(1, 'must list at least one API key id')
      .max(MAX_INVALIDATE_IDS, `must list at most ${MAX_INVALIDATE_IDS} API key ids`),
  },
  { error: bodyTypeError },
);

export type CrossClusterApiKeyCreate = z.output<typeof crossClusterApiKeyCreateSchema>;
export type CrossClusterApiKeyCreateInput = z.input<typeof crossClusterApiKeyCreateSchema>;
export type CrossClusterApiKeyUpdate = z.output<typeof crossClusterApiKeyUpdateSchema>;
export type CrossClusterApiKeyUpdateInput = z.input<typeof crossClusterApiKeyUpdateSchema>;
export type InvalidateCrossClusterApiKeys = z.output<typeof invalidateCrossClusterApiKeysSchema>;
