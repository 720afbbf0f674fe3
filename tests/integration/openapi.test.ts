import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { OPENAPI_RECORD_FILE, type RecordedResponse } from '../support/openapi-record';

// The contract: every route.ts method under app/api is in GET /api/openapi.json (found by walking the folder now,
// so a route added later without documentation fails here), and every /api answer the other integration test
// files received matched the document (checked as they ran, by openapi-recorder.ts; this file runs last).

const baseUrl = inject('consoleUrl');
const API_DIR = join(process.cwd(), 'app', 'api');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [path] : [];
  });
}

/** app/api/clusters/[id]/%5Freload_secure_settings/route.ts -> /api/clusters/{id}/_reload_secure_settings; null for catch-alls. */
function openApiPath(file: string): string | null {
  const segments = relative(join(process.cwd(), 'app'), file).split(sep).slice(0, -1);
  if (segments.some((segment) => segment.startsWith('[...') || segment.startsWith('[[...'))) return null;
  const kept = segments.filter((segment) => !/^\(.*\)$/.test(segment)); // route groups are not in the URL
  return `/${kept.map((segment) => (segment.startsWith('[') ? `{${segment.slice(1, -1)}}` : decodeURIComponent(segment))).join('/')}`;
}

/** The HTTP methods a route file exports: `export function GET`, `export const GET =`, `export { handler as GET }`. */
function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g))
    found.add(match[1] ?? '');
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

async function servedDocument(): Promise<{ paths: Record<string, Record<string, unknown>> }> {
  const response = await fetch(`${baseUrl}/api/openapi.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as { paths: Record<string, Record<string, unknown>> };
}

describe('the OpenAPI document at GET /api/openapi.json', () => {
  it('documents every method of every route.ts under app/api, and nothing else', async () => {
    const { paths } = await servedDocument();
    const routes = routeFiles(API_DIR).flatMap((file) => {
      const path = openApiPath(file);
      return path
        ? exportedMethods(readFileSync(file, 'utf8')).map((method) => ({
            file: relative(process.cwd(), file),
            operation: `${method} ${path}`,
          }))
        : [];
    });
    expect(routes.length).toBeGreaterThan(30);
    const documented = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const missing = routes
      .filter((route) => !documented.includes(route.operation))
      .map((route) => `${route.operation} (${route.file}): add it to lib/openapi/routes/`);
    expect(missing, 'routes missing from the OpenAPI document').toEqual([]);
    expect(
      documented.filter((operation) => !routes.some((route) => route.operation === operation)),
      'documented operations without a route',
    ).toEqual([]);
  });

  it('matched every answer the integration tests received', async () => {
    const records = readFileSync(OPENAPI_RECORD_FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RecordedResponse);
    expect(records.length, 'answers recorded (is openapi-recorder.ts a setup file?)').toBeGreaterThan(0);
    expect(
      records.filter((record) => record.operation && record.problems.length > 0).flatMap((record) => record.problems),
    ).toEqual([]);
    // Which documented operations no test called: a report for whoever adds tests, not a failure (a run of a few
    // files calls few operations).
    const { paths } = await servedDocument();
    const seen = new Set(records.map((record) => record.operation));
    const unseen = Object.entries(paths)
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`))
      .filter((operation) => !seen.has(operation));
    console.info(
      `OpenAPI: ${records.length} answers checked; operations no test called: ${unseen.join(', ') || 'none'}`,
    );
  });
});
