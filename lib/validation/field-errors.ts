import type { z } from 'zod';

/** Per-field messages ("seeds.1" → message) from a failed parse, the first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join('.') || '(body)'] ??= issue.message;
  return fields;
}
