import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Prettier keeps code within 120 columns but leaves long strings and comments alone: this holds those to it too.

const MAX = 120;
const files = execSync("git ls-files '*.ts' '*.tsx' '*.mts' '*.mjs' '*.js' '*.css'", { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

describe('source lines', () => {
  it(`are at most ${MAX} characters`, () => {
    expect(files.length).toBeGreaterThan(300);
    const long = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (line.length > MAX ? [`${file}:${index + 1} (${line.length})`] : [])),
    );
    expect(long).toEqual([]);
  });
});
