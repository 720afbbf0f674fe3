import { appendFileSync } from 'node:fs';
import { afterAll, expect, inject } from 'vitest';
import { OpenApiValidator } from '../support/openapi-validator';
import { OPENAPI_RECORD_FILE, type RecordedResponse } from '../support/openapi-record';

// A setup file of every integration test file: each answer of the console's /api routes that a test receives is
// checked against the OpenAPI document the console serves, as the test receives it. A mismatch fails the test at
// once (the fetch throws) and again when the file ends (in case the test swallowed the error). Paths the document
// lacks are only recorded: tests/integration/openapi.test.ts fails for those, naming the route file to register.

const consoleOrigin = new URL(inject('consoleUrl')).origin;
const realFetch = globalThis.fetch;
const mismatches: string[] = [];
let validator: Promise<OpenApiValidator> | undefined;

function loadValidator(): Promise<OpenApiValidator> {
  validator ??= realFetch(`${consoleOrigin}/api/openapi.json`)
    .then((response) => response.json() as Promise<Record<string, unknown>>)
    .then((document) => new OpenApiValidator(document));
  return validator;
}

function requestOf(input: RequestInfo | URL, init?: RequestInit): { url: URL; method: string } {
  if (input instanceof Request)
    return { url: new URL(input.url), method: (init?.method ?? input.method).toUpperCase() };
  return { url: new URL(input instanceof URL ? input.href : input), method: (init?.method ?? 'GET').toUpperCase() };
}

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const response = await realFetch(input, init);
  const { url, method } = requestOf(input, init);
  // next-auth's own routes (/api/auth/*) are not the console's REST API.
  if (url.origin !== consoleOrigin || !url.pathname.startsWith('/api/') || url.pathname.startsWith('/api/auth/'))
    return response;
  const body = await response.clone().text();
  const verdict = (await loadValidator()).check({
    method,
    path: url.pathname,
    status: response.status,
    contentType: response.headers.get('content-type'),
    body,
  });
  const record: RecordedResponse = {
    method,
    path: url.pathname,
    status: response.status,
    operation: verdict.operation,
    problems: verdict.problems,
  };
  appendFileSync(OPENAPI_RECORD_FILE, `${JSON.stringify(record)}\n`);
  if (verdict.operation && verdict.problems.length > 0) {
    mismatches.push(...verdict.problems);
    throw new Error(`The console's answer does not match its OpenAPI document: ${verdict.problems.join('; ')}`);
  }
  return response;
};

afterAll(() => {
  expect(mismatches, 'answers that do not match the OpenAPI document').toEqual([]);
});
