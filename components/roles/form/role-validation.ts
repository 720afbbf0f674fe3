// The role editor's check of its values with the schemas the server uses and the cluster's own privilege list.
// Its own module, loaded when someone starts on a role (role-editor.tsx): zod is 31 KiB gzip the page shows without.
import { unknownPrivileges, type BuiltinPrivileges } from '@/lib/roles/privileges';
import { roleBodySchema, roleNameSchema, type RoleBody } from '@/lib/roles/schema';
import { fieldErrors } from '@/lib/validation/field-errors';
import { bodyInputFrom, type RoleFormValues } from './role-form-values';

export interface RoleValidation {
  /** The body the schema accepted, as it will be sent (for "Show request"). */
  body: RoleBody | undefined;
  errors: Record<string, string>;
  /** Whether the request may be sent: a body and no error at all. */
  ready: boolean;
}

/** `checkName` false when editing: the name is the role's and cannot change. */
export function validateRole(
  values: RoleFormValues,
  builtin: (BuiltinPrivileges & { version?: string | null }) | undefined,
  checkName: boolean,
): RoleValidation {
  const errors: Record<string, string> = {};
  if (checkName) {
    const name = roleNameSchema.safeParse(values.name);
    if (!name.success) errors.name = name.error.issues[0]?.message ?? 'is not a valid role name';
  }
  const parsed = roleBodySchema.safeParse(bodyInputFrom(values));
  if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
  // Privileges the cluster does not know: the server makes the same check against the same list.
  if (parsed.success && builtin)
    Object.assign(errors, unknownPrivileges(parsed.data, builtin, builtin.version ?? undefined));
  const body = parsed.success ? parsed.data : undefined;
  return { body, errors, ready: body !== undefined && Object.keys(errors).length === 0 };
}
