import { z } from 'zod';

/**
 * An index pattern to test-search on a remote (the part after "<alias>:"): Elasticsearch's index-name rules,
 * wildcards allowed, one pattern only.
 */
export const testIndexPatternSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(
    /^[^\s,:"\\/?<>|#]+$/,
    'must be one index pattern such as logs-* (no spaces, commas, colons or \\ / ? " < > | #)',
  );
