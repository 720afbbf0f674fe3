import { resolve } from 'node:path';

/**
 * Every /api answer the integration tests received, one JSON line each (written by tests/integration/openapi-
 * recorder.ts).
 */
export const OPENAPI_RECORD_FILE = resolve('.reports/openapi-responses.jsonl');

export interface RecordedResponse {
  method: string;
  path: string;
  status: number;
  /** "METHOD /api/template" of the documented operation, or null when the document lacks the path. */
  operation: string | null;
  problems: string[];
}
