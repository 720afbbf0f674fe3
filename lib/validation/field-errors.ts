import type { z } from 'zod';

/**
 * Per-field messages ("seeds.1" → message) from a failed parse, the first message per field. Collected in a Map:
 * a plain object would already "have" a field called constructor (its prototype's), and assigning __proto__
 * would change its prototype instead of naming the field.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields = new Map<string, string>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '(body)';
    if (!fields.has(field)) fields.set(field, issue.message);
  }
  return Object.fromEntries(fields);
}
