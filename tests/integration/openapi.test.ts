import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { OPENAPI_RECORD_FILE, type RecordedResponse } from '../support/openapi-record';
import { apiRouteFiles } from '../support/route-files';

// The contract: every route.ts path under app/api is in GET /api/openapi.json (found by walking the folder now,
// so a route added later without documentation fails here) with the methods it serves, and every /api answer the
// other integration test files received matched the document (checked as they ran, by openapi-recorder.ts; this
// file runs last).

const baseUrl = inject('consoleUrl');

async function servedDocument(): Promise<{ paths: Record<string, Record<string, unknown>> }> {
  const response = await fetch(`${baseUrl}/api/openapi.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as { paths: Record<string, Record<string, unknown>> };
}

describe('the OpenAPI document at GET /api/openapi.json', () => {
  it('documents every route.ts path under app/api and the operations it declares, nothing else', async () => {
    const { paths } = await servedDocument();
    // Route files export every method: the declared ones are the operations, the others answer the registry's
    // JSON 405 (lib/server/api/route-files.test.ts), so what must be documented is each path and its operations.
    const routes = apiRouteFiles().filter((route) => route.path !== null);
    expect(routes.length).toBeGreaterThan(20);
    const undocumented = routes
      .filter((route) => paths[route.path as string] === undefined)
      .map((route) => `${route.path} (${route.file}): declare it in lib/server/api/operations/`);
    expect(undocumented, 'route paths missing from the OpenAPI document').toEqual([]);
    const documentedPaths = Object.keys(paths);
    expect(
      documentedPaths.filter((path) => !routes.some((route) => route.path === path)),
      'documented paths without a route file',
    ).toEqual([]);
    // Every documented method is really served: it answers something other than the 405 of an undeclared one.
    for (const [path, item] of Object.entries(paths))
      for (const method of Object.keys(item)) {
        const url = `${baseUrl}${path.replace(/\{[^}]+\}/g, 'local')}`;
        const response = await fetch(url, { method: method.toUpperCase(), headers: { 'kbn-xsrf': 'check' } });
        await response.body?.cancel();
        expect(response.status, `${method.toUpperCase()} ${path}`).not.toBe(405);
      }
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
