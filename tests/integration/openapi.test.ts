import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { OPENAPI_RECORD_FILE, type RecordedResponse } from '../support/openapi-record';
import { apiRouteFiles } from '../support/route-files';

// The contract: every route.ts method under app/api is in GET /api/openapi.json (found by walking the folder now,
// so a route added later without documentation fails here), and every /api answer the other integration test
// files received matched the document (checked as they ran, by openapi-recorder.ts; this file runs last).

const baseUrl = inject('consoleUrl');

async function servedDocument(): Promise<{ paths: Record<string, Record<string, unknown>> }> {
  const response = await fetch(`${baseUrl}/api/openapi.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as { paths: Record<string, Record<string, unknown>> };
}

describe('the OpenAPI document at GET /api/openapi.json', () => {
  it('documents every method of every route.ts under app/api, and nothing else', async () => {
    const { paths } = await servedDocument();
    const routes = apiRouteFiles().flatMap((route) =>
      route.path ? route.methods.map((method) => ({ file: route.file, operation: `${method} ${route.path}` })) : [],
    );
    expect(routes.length).toBeGreaterThan(30);
    const documented = Object.entries(paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const missing = routes
      .filter((route) => !documented.includes(route.operation))
      .map((route) => `${route.operation} (${route.file}): declare it in lib/server/api/operations/`);
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
