import { z } from 'zod';
import { closedObject } from '@/lib/validation/closed-object';
import { documentQuery, fieldSecurity, indexPatterns } from '@/lib/validation/index-fields';
import { jsonByteLength } from '@/lib/validation/json';
import { plainText } from '@/lib/validation/plain-text';

// A role as Elasticsearch's PUT _security/role/{name} takes it, checked the way Elasticsearch checks it (known
// fields only, the rules of RoleDescriptor's parser and Validation.Roles), so the form and the route refuse the
// same bodies with a message on the exact field. Whether each privilege exists depends on the cluster's version:
// lib/roles/privileges.ts checks that against the cluster's own built-in list.

export const MAX_ROLE_NAME_LENGTH = 507;
const MAX_ENTRIES = 100;
const MAX_PRIVILEGES = 100;
const MAX_METADATA_BYTES = 16 * 1024;

/** Elasticsearch: 1 to 507 printable Basic Latin characters, no leading or trailing whitespace. */
export const roleNameSchema = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .max(MAX_ROLE_NAME_LENGTH, `must be at most ${MAX_ROLE_NAME_LENGTH} characters`)
  .regex(/^[\x20-\x7e]*$/, 'may contain only letters, digits, spaces, punctuation and symbols of the Basic Latin block')
  .refine((name) => name === name.trim(), 'must not begin or end with spaces');

const privilegeName = z
  .string({ error: 'must be a privilege name' })
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^\S+$/, 'must not contain spaces');
const privileges = (what: string) =>
  z
    .array(privilegeName, {
      error: (issue) => (issue.input === undefined ? 'is required' : `must be a list of ${what} privileges`),
    })
    .min(1, `must list at least one ${what} privilege`)
    .max(MAX_PRIVILEGES, `must list at most ${MAX_PRIVILEGES} privileges`);

const remoteClusterNames = z
  .array(
    z
      .string({ error: 'must be a remote cluster alias or pattern' })
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters')
      .regex(/^\S+$/, 'must not contain spaces'),
    {
      error: (issue) =>
        issue.input === undefined
          ? 'is required: name the remote clusters (aliases or patterns such as *)'
          : 'must be a list of remote cluster aliases',
    },
  )
  // Elasticsearch stores an empty list, which then grants nothing: refuse it rather than save a role that cannot work.
  .min(1, 'must name at least one remote cluster (an alias, or a pattern such as prod-*)')
  .max(MAX_ENTRIES, `must list at most ${MAX_ENTRIES} remote clusters`);

const indexFields = {
  names: indexPatterns,
  privileges: privileges('index'),
  field_security: fieldSecurity.optional(),
  query: documentQuery.optional(),
  allow_restricted_indices: z.boolean({ error: 'must be true or false' }).optional(),
};

export const indexPrivilegesSchema = closedObject(indexFields, {
  typeError: 'must be an object such as {"names": ["logs-*"], "privileges": ["read"]}',
});

export const remoteIndexPrivilegesSchema = closedObject(
  { clusters: remoteClusterNames, ...indexFields },
  { typeError: 'must be an object such as {"clusters": ["my-remote"], "names": ["logs-*"], "privileges": ["read"]}' },
);

/** Elasticsearch allows only these two here (monitor_stats from 8.17). */
export const REMOTE_CLUSTER_PRIVILEGES = ['monitor_enrich', 'monitor_stats'] as const;

export const remoteClusterPrivilegesSchema = closedObject(
  {
    clusters: remoteClusterNames,
    privileges: z
      .array(
        z.enum(REMOTE_CLUSTER_PRIVILEGES, {
          error: 'must be monitor_enrich or monitor_stats (the only privileges Elasticsearch allows here)',
        }),
        { error: 'is required' },
      )
      .min(1, 'must list at least one of monitor_enrich, monitor_stats'),
  },
  { typeError: 'must be an object such as {"clusters": ["my-remote"], "privileges": ["monitor_enrich"]}' },
);

const applicationPrivilegesSchema = closedObject(
  {
    application: z.string({ error: 'is required' }).min(1, 'is required'),
    privileges: z
      .array(z.string().min(1, 'must not be empty'), { error: 'is required' })
      .min(1, 'must list at least one privilege'),
    resources: z
      .array(z.string().min(1, 'must not be empty'), { error: 'is required' })
      .min(1, 'must list at least one resource'),
  },
  { typeError: 'must be an object with application, privileges and resources' },
);

const list = <T extends z.ZodType>(entry: T, what: string) =>
  z
    .array(entry, { error: `must be a list of ${what}` })
    .max(MAX_ENTRIES, `must have at most ${MAX_ENTRIES} entries`)
    .optional();

export const roleMetadataSchema = z
  .record(z.string(), z.unknown(), { error: 'must be a JSON object' })
  .superRefine((metadata, ctx) => {
    for (const key of Object.keys(metadata)) {
      // Elasticsearch: "metadata keys may not start with [_]" (reserved for its own roles).
      if (key.startsWith('_'))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'keys beginning with "_" are reserved for Elasticsearch',
        });
    }
    if (jsonByteLength(metadata) > MAX_METADATA_BYTES)
      ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_METADATA_BYTES / 1024} KiB as JSON` });
  });

/** The body of PUT /api/clusters/{id}/roles/{name}: the role descriptor exactly as Elasticsearch takes it. */
export const roleBodySchema = closedObject(
  {
    description: plainText(z.string({ error: 'must be text' }).max(1000, 'must be at most 1000 characters')).optional(),
    cluster: z
      .array(privilegeName, { error: 'must be a list of cluster privileges' })
      .max(MAX_PRIVILEGES, `must list at most ${MAX_PRIVILEGES} privileges`)
      .optional(),
    indices: list(indexPrivilegesSchema, 'index privileges'),
    remote_indices: list(remoteIndexPrivilegesSchema, 'remote index privileges'),
    remote_cluster: list(remoteClusterPrivilegesSchema, 'remote cluster privileges'),
    applications: list(applicationPrivilegesSchema, 'application privileges'),
    run_as: z
      .array(z.string().min(1, 'must not be empty'), { error: 'must be a list of user names' })
      .max(MAX_ENTRIES)
      .optional(),
    metadata: roleMetadataSchema.optional(),
  },
  {
    typeError: 'must be a role as Elasticsearch takes it, such as {"cluster": [], "indices": [], "remote_indices": []}',
    unknownKeyMessages: {
      transient_metadata: 'is set by Elasticsearch and cannot be written',
      name: 'goes in the path, not the body',
    },
  },
);

export type RoleBody = z.output<typeof roleBodySchema>;
export type RoleBodyInput = z.input<typeof roleBodySchema>;
export type IndexPrivileges = z.output<typeof indexPrivilegesSchema>;
export type RemoteIndexPrivileges = z.output<typeof remoteIndexPrivilegesSchema>;
