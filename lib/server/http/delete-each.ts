import 'server-only';
import { itemError, type ItemError } from '@/lib/http/item-error';
import { describeError } from './api-error';

/** The answer of a bulk delete: always 200, with what was deleted and why the rest was not. */
export interface BulkDeletion {
  itemsDeleted: string[];
  errors: { name: string; error: ItemError }[];
}

/** Deletes each name on its own (one refusal does not stop the others) and collects the outcome per name. */
export async function deleteEach(names: string[], deleteOne: (name: string) => Promise<void>): Promise<BulkDeletion> {
  const results = await Promise.all(
    names.map(async (name) => {
      try {
        await deleteOne(name);
        return { name };
      } catch (error) {
        const { statusCode, message } = describeError(error);
        return { name, error: itemError(statusCode, message) };
      }
    }),
  );
  return {
    itemsDeleted: results.filter((result) => !('error' in result)).map((result) => result.name),
    errors: results.flatMap((result) =>
      'error' in result && result.error ? [{ name: result.name, error: result.error }] : [],
    ),
  };
}
