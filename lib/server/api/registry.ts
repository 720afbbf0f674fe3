import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { API_PATHS, type ApiPathTemplate } from '@/lib/api/paths';
import { buildOpenApiDocument } from '@/lib/openapi/document';
import { errorBody } from '@/lib/server/http/api-error';
import { defineOperation, type ServerOperation } from './define-operation';
import { consoleOperationList } from './operations/console';
import { connectOperationList } from './operations/connect';
import { connectionPlanOperationList } from './operations/connection-plan';
import { crossClusterApiKeyOperationList } from './operations/cross-cluster-api-keys';
import { migrationOperationList } from './operations/migration';
import { remoteClusterOperationList } from './operations/remote-clusters';
import { roleOperationList } from './operations/roles';
import { userOperationList } from './operations/users';
import type { RouteHandler } from './serve-operation';

// Every operation of app/api, in the document's order. To add one: declare it in the feature's file under
// operations/ (or a new file listed here), and add app/api/<its path>/route.ts exporting routesAt(<its path>);
// lib/server/api/route-files.test.ts fails until the route file and the declaration agree.

let document: Record<string, unknown> | undefined;

const openApiOperation = defineOperation({
  path: API_PATHS.openApi,
  method: 'get',
  operationId: 'openApiDocument',
  tag: 'Console',
  access: 'public',
  summary: 'This document',
  response: {
    name: 'OpenApiDocument',
    schema: z.record(z.string(), z.unknown()).describe('An OpenAPI 3.1 document.'),
    description: 'The OpenAPI 3.1 document.',
  },
  // Public (it holds no data); built once per process, since the declarations do not change while it runs.
  handle: async () => NextResponse.json(openApiDocument(), { headers: { 'Cache-Control': 'no-cache' } }),
});

export const API_OPERATIONS: readonly ServerOperation[] = [
  ...consoleOperationList,
  openApiOperation,
  ...remoteClusterOperationList,
  ...crossClusterApiKeyOperationList,
  ...connectOperationList,
  ...connectionPlanOperationList,
  ...roleOperationList,
  ...userOperationList,
  ...migrationOperationList,
];

export function openApiDocument(): Record<string, unknown> {
  document ??= buildOpenApiDocument(API_OPERATIONS);
  return document;
}

export const ROUTE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

function methodNotAllowed(allowed: string[]): RouteHandler {
  return async () =>
    NextResponse.json(errorBody(405, `Use ${allowed.join(', ')}.`), {
      status: 405,
      headers: { Allow: allowed.join(', '), 'Cache-Control': 'no-store' },
    });
}

/**
 * The handlers of one app/api route file: each declared method of that path, and 405 for the others (a route file
 * exports only the declared ones; the route-files test checks it).
 */
export function routesAt(path: ApiPathTemplate): Record<RouteMethod, RouteHandler> {
  const here = API_OPERATIONS.filter((operation) => operation.path === path);
  if (here.length === 0) throw new Error(`No operation is declared at ${path}`);
  const allowed = here.map((operation) => operation.method.toUpperCase());
  const refuse = methodNotAllowed(allowed);
  return Object.fromEntries(
    ROUTE_METHODS.map((method) => [
      method,
      here.find((operation) => operation.method.toUpperCase() === method)?.serve ?? refuse,
    ]),
  ) as Record<RouteMethod, RouteHandler>;
}
