import { z } from 'zod';
import { ownEntry } from '@/lib/own-entry';

/**
 * An object schema that refuses the keys it does not declare, like Elasticsearch's strict parsers do. Unlike zod's
 * strictObject, each unknown key is reported at its own path (access.replication.0.query) with a message saying why,
 * so the form can show it on the row and the person learns the rule instead of reading "Unrecognized key".
 */
export function closedObject<Shape extends z.ZodRawShape>(
  shape: Shape,
  options: { typeError: string; unknownKeyMessages?: Record<string, string>; unknownKeyMessage?: string },
) {
  const {
    typeError,
    unknownKeyMessages = {},
    unknownKeyMessage = 'is not a field Elasticsearch accepts here',
  } = options;
  return z
    .looseObject(shape, { error: (issue) => (issue.input === undefined ? 'is required' : typeError) })
    .superRefine((value, ctx) => {
      for (const key of Object.keys(value)) {
        if (Object.hasOwn(shape, key)) continue;
        ctx.addIssue({ code: 'custom', path: [key], message: ownEntry(unknownKeyMessages, key) ?? unknownKeyMessage });
      }
    })
    .transform((value) => {
      // Only reached when no unknown key was found; dropping the loose index signature keeps the output types exact.
      const known: Record<string, unknown> = {};
      for (const key of Object.keys(shape)) if (value[key] !== undefined) known[key] = value[key];
      return known as z.output<z.ZodObject<Shape>>;
    });
}
