import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

// The app's own import graph (lib, components, app; tests left out), type-only imports included: a cycle of types
// still ties two modules together, so a change to one reopens the other.

const SOURCES = "'lib/**/*.ts' 'lib/**/*.tsx' 'components/**/*.ts' 'components/**/*.tsx' 'app/**/*.ts' 'app/**/*.tsx'";

function resolveImport(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = resolve(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(resolve(root, from)), specifier);
  else return null;
  for (const suffix of ['.ts', '.tsx', '/index.ts', '/index.tsx', '']) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return null;
}

export function importGraph(root = process.cwd()): Map<string, string[]> {
  const files = execSync(`git ls-files ${SOURCES}`, { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => file && !file.includes('.test.'));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(resolve(root, file), 'utf8');
    const imports = [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)]
      .map((match) => resolveImport(root, file, match[1] ?? ''))
      .filter((target): target is string => target !== null);
    graph.set(file, imports);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each written a -> b -> a. */
export function importCycles(graph: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' -> '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}
