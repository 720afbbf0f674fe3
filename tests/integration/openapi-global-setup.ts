import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { OPENAPI_RECORD_FILE } from '../support/openapi-record';

/** Starts each run with an empty record of answers (see openapi-recorder.ts). */
export default function setup() {
  mkdirSync(dirname(OPENAPI_RECORD_FILE), { recursive: true });
  writeFileSync(OPENAPI_RECORD_FILE, '');
}
