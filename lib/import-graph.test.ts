import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '@/tests/support/import-graph';

const graph = importGraph();

describe('the import graph', () => {
  it('has no cycles, type-only imports included', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const looped = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts']],
    ]);
    expect(importCycles(looped)).toEqual(['a.ts -> b.ts -> a.ts']);
  });

  it('keeps server modules out of the browser: nothing under components/ imports lib/server', () => {
    const leaks = [...graph].filter(
      ([file, imports]) => file.startsWith('components/') && imports.some((target) => target.startsWith('lib/server/')),
    );
    expect(leaks.map(([file]) => file)).toEqual([]);
  });
});
