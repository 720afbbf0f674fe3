import type { userViewSchema } from '@/lib/openapi/models/roles';
import { z } from 'zod';
import { roleNameSchema } from './schema';
import { plainText } from '@/lib/validation/plain-text';

// Native users: created with roles (from the users page or a role's page), given another role, changed, deleted.
// The rules are Elasticsearch's (Validation.Users): names like role names, passwords of at least 6 characters.

export const MIN_PASSWORD_LENGTH = 6;

export const usernameSchema = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .max(507, 'must be at most 507 characters')
  .regex(/^[\x20-\x7e]*$/, 'may contain only letters, digits, spaces, punctuation and symbols of the Basic Latin block')
  .refine((name) => name === name.trim(), 'must not begin or end with spaces');

const userRolesSchema = z
  .array(roleNameSchema, { error: 'must be a list of role names' })
  .min(1, 'must give the user at least one role')
  .max(100, 'must list at most 100 roles');
const fullNameSchema = plainText(z.string({ error: 'must be text' }).max(1000, 'must be at most 1000 characters'));
const emailSchema = z.email({ error: 'must be an email address such as ops@example.com' });

export const newUserSchema = z.object({
  username: usernameSchema,
  password: z
    .string({ error: 'is required' })
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(1024, 'must be at most 1024 characters'),
  roles: userRolesSchema,
  fullName: fullNameSchema.optional(),
  email: emailSchema.optional(),
});

/**
 * What changes on an existing user: the whole list of roles, the names, and whether it may sign in. The password is
 * not here: an update without one keeps it. A field left out is kept as it is.
 */
export const userUpdateSchema = z.object({
  roles: userRolesSchema,
  fullName: fullNameSchema.nullable().optional(),
  email: emailSchema.nullable().optional(),
  enabled: z.boolean({ error: 'must be true or false' }).optional(),
});

export const roleAssignmentSchema = z.object({ username: usernameSchema });

export type NewUser = z.output<typeof newUserSchema>;
export type UserUpdate = z.output<typeof userUpdateSchema>;

export type UserView = z.output<typeof userViewSchema>;
