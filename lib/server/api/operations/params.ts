import { z } from 'zod';
import type { ApiParameter } from '@/lib/openapi/route-types';
import { remoteClusterNameSchema } from '@/lib/remote-clusters/schema';

// Path and query parameters shared by several operations, with the rules the server applies to them.

export const clusterIdParam = {
  description: 'A registered cluster id (GET /api/clusters lists them); 404 for an unknown one.',
  schema: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/),
  example: 'local',
} satisfies ApiParameter;

export const remoteNameParam = {
  description: 'The remote cluster alias.',
  schema: remoteClusterNameSchema,
  example: 'sandbox-remote',
} satisfies ApiParameter;

/** `true` or `false`, for switches such as ?refresh=true (anything else is a 400 naming the parameter). */
export const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

/**
 * Several items in one path segment, separated by commas (Kibana's bulk delete): each item checked by its own
 * schema, at most `max` of them.
 */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, max: number, noun: string) {
  const count = `must list 1 to ${max} ${noun}`;
  return z
    .string()
    .min(1)
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1, count).max(max, count));
}
