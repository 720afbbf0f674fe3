import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// The route files under app/api as Next serves them: which URL path each answers and which methods it exports. Read
// from the files themselves, so a route added later without a declaration fails the checks that use this.

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

export interface RouteFile {
  file: string;
  /** The URL path in OpenAPI's notation, null for catch-alls (next-auth's). */
  path: string | null;
  methods: string[];
  /** The path given to routesAt(...), when the file uses it. */
  declaredAt: string | null;
}

function routeFilePaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFilePaths(path);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [path] : [];
  });
}

/** app/api/clusters/[id]/%5Freload_secure_settings/route.ts -> /api/clusters/{id}/_reload_secure_settings. */
function urlPath(root: string, file: string): string | null {
  const segments = relative(join(root, 'app'), file).split(sep).slice(0, -1);
  if (segments.some((segment) => segment.startsWith('[...') || segment.startsWith('[[...'))) return null;
  const kept = segments.filter((segment) => !/^\(.*\)$/.test(segment)); // route groups are not in the URL
  const rendered = kept.map((segment) =>
    segment.startsWith('[') ? `{${segment.slice(1, -1)}}` : decodeURIComponent(segment),
  );
  return `/${rendered.join('/')}`;
}

/** `export function GET`, `export const GET =`, `export const { GET, POST } =`, `export { handler as GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) {
    found.add(match[1] ?? '');
  }
  for (const match of source.matchAll(/export\s+(?:const|let)\s*\{([^}]*)\}/g)) {
    for (const part of (match[1] ?? '').split(',')) found.add(part.trim());
  }
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (match[1] ?? '').split(','))
      found.add(
        part
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? '',
      );
  }
  return METHODS.filter((method) => found.has(method));
}

export function apiRouteFiles(root: string = process.cwd()): RouteFile[] {
  return routeFilePaths(join(root, 'app', 'api')).map((file) => {
    const source = readFileSync(file, 'utf8');
    return {
      file: relative(root, file),
      path: urlPath(root, file),
      methods: exportedMethods(source),
      declaredAt: /routesAt\(\s*'([^']+)',?\s*\)/.exec(source)?.[1] ?? null,
    };
  });
}
