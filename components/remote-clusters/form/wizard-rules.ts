import { remoteClusterCreateSchema } from '@/lib/remote-clusters/schema';
import { fieldErrors } from '@/lib/validation/field-errors';

/** The add and edit wizard's check of its values, with the schema the server uses: the valid remote or errors. */
export function validate(body: unknown) {
  const result = remoteClusterCreateSchema.safeParse(body);
  return result.success
    ? { remote: result.data, errors: {} }
    : { remote: undefined, errors: fieldErrors(result.error) };
}
