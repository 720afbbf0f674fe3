import { describe, expect, it } from 'vitest';
import { OpenApiValidator } from '@/tests/support/openapi-validator';
import { buildOpenApiDocument } from './document';
import { API_OPERATIONS } from '@/lib/server/api/registry';

type JsonObject = Record<string, unknown>;
const document = buildOpenApiDocument(API_OPERATIONS);
const validator = new OpenApiValidator(document);
const paths = document.paths as Record<string, Record<string, JsonObject>>;
const schemas = (document.components as { schemas: Record<string, JsonObject> }).schemas;

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with every registered operation, each with a unique operationId', () => {
    expect(document.openapi).toBe('3.1.0');
    const ids = API_OPERATIONS.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of API_OPERATIONS)
      expect(paths[operation.path]?.[operation.method], `${operation.method} ${operation.path}`).toBeDefined();
  });

  it('resolves every $ref to a component', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs)
      expect(schemas, ref).toHaveProperty([ref.slice('"$ref":"#/components/schemas/'.length, -1)]);
  });

  it('names a path parameter for every {param} of a path', () => {
    for (const [path, item] of Object.entries(paths)) {
      const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(item)) {
        const declared = (operation.parameters as { name: string; in: string }[])
          .filter((param) => param.in === 'path')
          .map((param) => param.name);
        expect(declared.sort(), path).toEqual(inPath.sort());
      }
    }
  });

  it('describes tools, browser sessions and kbn-xsrf as security schemes, and cookie writes need kbn-xsrf', () => {
    const schemes = (document.components as { securitySchemes: Record<string, JsonObject> }).securitySchemes;
    expect(Object.keys(schemes)).toEqual(['basicAuth', 'apiKeyAuth', 'bearerAuth', 'sessionCookie', 'kbnXsrf']);
    expect(schemes.apiKeyAuth).toMatchObject({ type: 'apiKey', in: 'header', name: 'Authorization' });
    expect(paths['/api/remote_clusters']?.post?.security).toContainEqual({ sessionCookie: [], kbnXsrf: [] });
    expect(paths['/api/remote_clusters']?.get?.security).toContainEqual({ sessionCookie: [] });
  });

  it('has examples that match their own schemas', () => {
    let checked = 0;
    for (const [name, schema] of Object.entries(schemas)) {
      for (const example of (schema.examples as unknown[] | undefined) ?? []) {
        expect(validator.checkSchema(name, example), name).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(8);
  });

  it("takes request bodies from the routes' own zod schemas, with their limits", () => {
    expect(schemas.RemoteClusterCreate).toMatchObject({
      required: ['name', 'mode'],
      properties: { name: { maxLength: 100 } },
    });
    expect(schemas.ClusterSignIn).toMatchObject({ required: ['username', 'password'] });
  });

  it('refuses answers that break the contract', () => {
    const remote = {
      name: 'a',
      mode: 'sniff',
      isConnected: true,
      securityModel: 'api_key',
      isConfiguredByNode: false,
      settingsSource: 'persistent',
      skipUnavailable: true,
      settingsVersion: 'x',
    };
    const seen = (status: number, body: unknown, path = '/api/clusters/local/remote_clusters/a') =>
      validator.check({ method: 'GET', path, status, contentType: 'application/json', body: JSON.stringify(body) });
    expect(seen(200, remote)).toEqual({ operation: 'GET /api/clusters/{id}/remote_clusters/{name}', problems: [] });
    expect(seen(200, { ...remote, isConnected: 'true' }).problems[0]).toMatch(/does not match/);
    expect(seen(200, { ...remote, undocumented: 1 }).problems[0]).toMatch(/does not match/);
    expect(seen(404, { statusCode: 404, error: 'Not Found', message: 'x' }).problems).toEqual([]);
    expect(seen(404, { message: 'x' }).problems[0]).toMatch(/does not match/);
    expect(seen(418, {}).problems[0]).toMatch(/status 418 is not documented/);
    expect(seen(200, {}, '/api/nowhere').problems[0]).toMatch(/not in the OpenAPI document/);
  });
});
