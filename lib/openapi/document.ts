import packageJson from '@/package.json';
import { componentSchemas, ERROR_BODY, inlineSchema, schemaRef } from './components';
import { errorBodySchema } from './models/common';
import type { Access, ApiOperation, ApiParameter } from './route-types';
import { SECURITY_SCHEMES, securityFor } from './security';

// The OpenAPI 3.1 document, generated from the operation declarations (lib/server/api/registry.ts): the same zod
// schemas the server parses every input with.

type JsonObject = Record<string, unknown>;

const STATUS_MEANING: Record<number, string> = {
  400:
    'Invalid input (attributes.fields names each ' +
    'field, and nothing reached Elasticsearch), ' +
    'a cookie-session write without the kbn-xsrf ' +
    'header, or a request Elasticsearch refuses.',
  401:
    'No credentials, credentials Elasticsearch ' +
    'refuses, an Authorization header of another ' +
    'scheme, or no sign-in to this cluster in ' +
    'the session (attributes.signInRequired).',
  403: "The caller lacks a privilege: Elasticsearch's own reason.",
  404: 'No registered cluster with that id, or no such item.',
  409: 'Conflict: the name is taken, or the item changed since it was read.',
  413: 'The JSON body is larger than 64 KiB.',
  415: 'The body was not sent as application/json.',
  500: 'Unexpected error (no details are given).',
  502: 'The cluster cannot be reached.',
  503: 'The cluster has not answered since the time in the message: requests fail at once until it answers again.',
  504: 'The cluster did not answer in time.',
};

const COMMON_ERRORS: Record<Access, number[]> = {
  cluster: [400, 401, 403, 404, 500, 502, 503, 504],
  'signed-in': [400, 401, 403, 404, 500, 502, 503, 504],
  session: [400, 401, 404, 500, 502, 504],
  optional: [401, 403, 500, 502, 504],
  public: [500],
};

function parameters(location: 'path' | 'query', params: Record<string, ApiParameter> | undefined): JsonObject[] {
  return Object.entries(params ?? {}).map(([name, param]) => ({
    name,
    in: location,
    required: location === 'path' || param.required === true,
    description: param.description,
    schema: inlineSchema(param.schema),
    ...(param.example !== undefined ? { example: param.example } : {}),
  }));
}

function json(schema: JsonObject, extra: JsonObject = {}) {
  return { content: { 'application/json': { schema, ...extra } } };
}

function operationObject(operation: ApiOperation): JsonObject {
  const bodyErrors = operation.body ? [413, 415] : [];
  const statuses = [
    ...new Set([...COMMON_ERRORS[operation.access], ...bodyErrors, ...(operation.errors ?? [])]),
  ].sort();
  const examples = operation.body?.examples;
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security: securityFor(operation.access, operation.method),
    parameters: [...parameters('path', operation.pathParams), ...parameters('query', operation.query)],
    ...(operation.body
      ? {
          requestBody: {
            required: operation.body.optional !== true,
            ...(operation.body.description ? { description: operation.body.description } : {}),
            ...json(
              schemaRef(operation.body.name),
              examples
                ? { examples: Object.fromEntries(Object.entries(examples).map(([key, value]) => [key, { value }])) }
                : {},
            ),
          },
        }
      : {}),
    responses: {
      200: { description: operation.response.description, ...json(schemaRef(operation.response.name)) },
      ...Object.fromEntries(
        statuses.map((status) => [
          status,
          { description: STATUS_MEANING[status] ?? 'Error.', ...json(schemaRef(ERROR_BODY)) },
        ]),
      ),
    },
  };
}

const DESCRIPTION = [
  'The REST API of the Remote Clusters console: the same routes its pages use.',
  '',
  '**Authentication.** Tools send their own `Authorization` ' +
    'header (`Basic`, `ApiKey <base64 id:key>` ' +
    'or `Bearer`); the console uses it as is for the ' +
    'target cluster, so Elasticsearch applies the ' +
    "tool's privileges, and no cookie or kbn-xsrf header " +
    'is needed. Browsers use their session cookie; ' +
    'writes authenticated by the cookie must carry ' +
    'a `kbn-xsrf` header (any value) or get 400.',
  '',
  '**Errors** are JSON `{statusCode, error, message, ' +
    "attributes?}` on every route; Elasticsearch's " +
    'status and reason pass through (403 with ' +
    'its reason when a privilege is missing).',
].join('\n');

export function buildOpenApiDocument(operations: readonly ApiOperation[]): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const operation of operations) {
    const item = (paths[operation.path] ??= {});
    if (item[operation.method])
      throw new Error(`${operation.method.toUpperCase()} ${operation.path} is registered twice`);
    item[operation.method] = operationObject(operation);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Remote Clusters console', version: packageJson.version, description: DESCRIPTION },
    servers: [{ url: '/' }],
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: componentSchemas(operations, errorBodySchema), securitySchemes: SECURITY_SCHEMES },
  };
}
