import { z } from 'zod';
import { itemErrorSchema } from './common';

// The roles routes' answers, checked against every response the integration tests see. UserView, EffectiveAccess
// and the privileges answer are typed from these schemas; RoleView keeps its own type, because the descriptor inside
// it is Elasticsearch's own open shape, which the document describes loosely and the role editor types closely.

const roleDescriptorSchema = z
  .looseObject({
    cluster: z.array(z.string()).optional(),
    indices: z.array(z.looseObject({ names: z.array(z.string()), privileges: z.array(z.string()) })).optional(),
    remote_indices: z
      .array(
        z.looseObject({ clusters: z.array(z.string()), names: z.array(z.string()), privileges: z.array(z.string()) }),
      )
      .optional(),
    remote_cluster: z
      .array(z.looseObject({ clusters: z.array(z.string()), privileges: z.array(z.string()) }))
      .optional(),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .describe('The role descriptor as Elasticsearch returns it.');

export const roleViewSchema = z
  .object({
    name: z.string(),
    reserved: z.boolean(),
    enabled: z.boolean(),
    description: z.string().nullable(),
    remoteClusters: z.array(z.string()),
    hasRemotePrivileges: z.boolean(),
    role: roleDescriptorSchema,
  })
  .meta({
    examples: [
      {
        name: 'logs-reader',
        reserved: false,
        enabled: true,
        description: null,
        remoteClusters: ['prod'],
        hasRemotePrivileges: true,
        role: {
          cluster: [],
          indices: [],
          remote_indices: [
            {
              clusters: ['prod'],
              names: ['logs-*'],
              privileges: ['read', 'read_cross_cluster', 'view_index_metadata'],
            },
          ],
        },
      },
    ],
  });

export const roleListSchema = z.array(roleViewSchema);

// One builder, two schemas: the document names each answer, and a registry entry is one schema object.
const bulkDeletionSchema = () =>
  z.object({
    itemsDeleted: z.array(z.string()),
    errors: z.array(z.object({ name: z.string(), error: itemErrorSchema })),
  });
export const roleDeletionSchema = bulkDeletionSchema();
export const userDeletionSchema = bulkDeletionSchema();

export const builtinPrivilegesSchema = z.object({
  cluster: z.array(z.string()),
  index: z.array(z.string()),
  remote_cluster: z.array(z.string()).optional(),
  version: z.string().nullable(),
});

export const userViewSchema = z.object({
  username: z.string(),
  fullName: z.string().nullable(),
  email: z.string().nullable(),
  roles: z.array(z.string()),
  enabled: z.boolean(),
  reserved: z.boolean(),
});
export const userListSchema = z.array(userViewSchema);

const outcome = z.enum(['granted', 'reduced', 'not_granted']);

export const effectiveAccessSchema = z.object({
  role: z.string(),
  alias: z.string(),
  securityModel: z.enum(['api_key', 'certificate']),
  key: z.object({ id: z.string(), name: z.string(), accessSummary: z.string() }).nullable(),
  patterns: z.array(
    z.object({
      pattern: z.string(),
      privileges: z.array(z.string()),
      outcome,
      grantedPrivileges: z.array(z.string()),
      matchedIndices: z.array(z.string()),
      allowedIndices: z.array(z.string()),
      explanation: z.string(),
    }),
  ),
  indices: z.array(
    z.object({
      index: z.string(),
      inRole: z.boolean(),
      allowedByKey: z.boolean(),
      outcome: z.enum(['granted', 'blocked_by_key', 'not_in_role']),
    }),
  ),
  remoteCluster: z.array(z.object({ privilege: z.string(), outcome })),
  warnings: z.array(z.string()),
});
