import { newUserSchema, userUpdateSchema, type UserView } from '@/lib/roles/users-schema';
import { fieldErrors } from '@/lib/validation/field-errors';

// The users page's form as plain strings, and the one body each mode sends: a new user (POST) or the changes to an
// existing one (PUT). The rules are the schemas the server applies, so the browser and the API say the same thing.

export interface UserFormValues {
  username: string;
  password: string;
  confirm: string;
  roles: string[];
  fullName: string;
  email: string;
  enabled: boolean;
}

export const DUPLICATE_USERNAME = 'is already a user on this cluster: choose another name, or edit that user instead';

export function initialUserValues(user?: UserView): UserFormValues {
  return {
    username: user?.username ?? '',
    password: '',
    confirm: '',
    roles: user ? [...user.roles] : [],
    fullName: user?.fullName ?? '',
    email: user?.email ?? '',
    enabled: user?.enabled ?? true,
  };
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The body to send and the messages per field; `body` is undefined while any field is wrong. */
export function userFormBody(
  values: UserFormValues,
  mode: 'create' | 'edit',
  existingUsernames: readonly string[],
): { body: unknown; errors: Record<string, string> } {
  if (mode === 'edit') {
    const parsed = userUpdateSchema.safeParse({
      roles: values.roles,
      // Emptied fields are cleared (null), not kept.
      fullName: optional(values.fullName) ?? null,
      email: optional(values.email) ?? null,
      enabled: values.enabled,
    });
    return parsed.success ? { body: parsed.data, errors: {} } : { body: undefined, errors: fieldErrors(parsed.error) };
  }
  const parsed = newUserSchema.safeParse({
    username: values.username,
    password: values.password,
    roles: values.roles,
    fullName: optional(values.fullName),
    email: optional(values.email),
  });
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  if (!errors.username && existingUsernames.includes(values.username)) errors.username = DUPLICATE_USERNAME;
  // Typing the password twice is the browser's own check: Elasticsearch never sees the confirmation.
  if (values.confirm !== values.password) errors.confirm = 'must be the same as the password';
  return { body: Object.keys(errors).length === 0 && parsed.success ? parsed.data : undefined, errors };
}
