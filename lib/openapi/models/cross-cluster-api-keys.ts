import { z } from 'zod';
import { itemErrorSchema } from './common';

const searchGrantSchema = z.object({
  names: z.array(z.string()),
  query: z.string().optional().describe('The document level security query, as the JSON text Elasticsearch stored.'),
  field_security: z
    .object({ grant: z.array(z.string()).optional(), except: z.array(z.string()).optional() })
    .optional(),
  allow_restricted_indices: z.boolean().optional(),
});

const replicationGrantSchema = z.object({
  names: z.array(z.string()),
  allow_restricted_indices: z.boolean().optional(),
});

export const crossClusterApiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    creator: z.object({ username: z.string(), realm: z.string() }),
    createdAt: z.string().describe('ISO 8601 time.'),
    expiresAt: z.string().nullable().describe('ISO 8601 time; null: never expires.'),
    invalidated: z.boolean(),
    invalidatedAt: z.string().nullable(),
    expired: z.boolean(),
    access: z.object({
      search: z.array(searchGrantSchema).optional(),
      replication: z.array(replicationGrantSchema).optional(),
    }),
    accessSummary: z.string(),
    metadata: z.record(z.string(), z.unknown()),
  })
  .meta({
    description: 'A cross-cluster API key, never with its secret.',
    examples: [
      {
        id: 'VuaCfGcBCdbkQm-e5aOx',
        name: 'search-logs',
        creator: { username: 'elastic', realm: 'reserved' },
        createdAt: '2025-01-01T10:00:00.000Z',
        expiresAt: null,
        invalidated: false,
        invalidatedAt: null,
        expired: false,
        access: { search: [{ names: ['logs-*'] }] },
        accessSummary: 'search: logs-*',
        metadata: {},
      },
    ],
  });

export const crossClusterApiKeyListSchema = z.array(crossClusterApiKeySchema);

export const createdCrossClusterApiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    expiration: z.number().int().nullable().describe('Epoch milliseconds; null: never expires.'),
    encoded: z.string().describe('The key for the remote cluster client keystore. Returned this once only.'),
  })
  .meta({
    examples: [
      {
        id: 'VuaCfGcBCdbkQm-e5aOx',
        name: 'search-logs',
        expiration: null,
        encoded: 'VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==',
      },
    ],
  });

export const invalidationResultSchema = z
  .object({ invalidated: z.array(z.string()), errors: z.array(z.object({ id: z.string(), error: itemErrorSchema })) })
  .meta({
    description: 'Always 200: the keys invalidated, and why the rest were not.',
    examples: [{ invalidated: ['VuaCfGcBCdbkQm-e5aOx'], errors: [] }],
  });
