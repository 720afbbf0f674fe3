import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '@/tests/support/plan-artifacts';

// The artifact checks read copies kept in the repository (a clone has no ../shared). Where the shared originals
// are present, the copies must be the same bytes: an update there must reach the tests.

const SHARED = new URL('../../../shared/data/', import.meta.url);
const FILES = [
  'eck/elasticsearch-v1.schema.json',
  'elastic-cloud/ess-api-subset.json',
  'elastic-cloud/ece-api-subset.json',
];

describe('the schemas the artifacts are checked against', () => {
  it.each(FILES)('%s is a copy of the shared original', (file) => {
    const copy = readFileSync(new URL(file, SCHEMAS), 'utf8');
    expect(JSON.parse(copy)).toBeTypeOf('object');
    const original = new URL(file, SHARED);
    if (existsSync(original)) expect(copy).toBe(readFileSync(original, 'utf8'));
  });
});
