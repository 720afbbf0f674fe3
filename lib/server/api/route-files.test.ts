import { describe, expect, it } from 'vitest';
import { apiRouteFiles } from '@/tests/support/route-files';
import { API_OPERATIONS, routesAt } from './registry';

// The route walk: app/api's files and the operation declarations must agree, both ways, without a server running.

const routes = apiRouteFiles().filter((route) => route.path !== null);
const declared = API_OPERATIONS.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`);

describe('app/api route files and the operation declarations', () => {
  it('point every route file at the declarations of its own path', () => {
    expect(routes.length).toBeGreaterThan(20);
    const astray = routes.filter((route) => route.declaredAt !== route.path).map((route) => route.file);
    expect(astray, 'route files whose routesAt(...) path is not their folder').toEqual([]);
  });

  it('export every method, so an undeclared one gets the JSON 405, and every declaration has a route file', () => {
    // Next answers a method a route file does not export with an empty 405 of its own: every file exports all.
    const partial = routes.filter((route) => route.methods.length !== 5).map((route) => route.file);
    expect(partial, 'route files that do not export every method').toEqual([]);
    const exported = routes.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`));
    expect(
      declared.filter((operation) => !exported.includes(operation)),
      'declared, not exported',
    ).toEqual([]);
  });

  it('answers 405 naming the allowed methods for a method the path does not declare', async () => {
    const response = await routesAt('/api/clusters/{id}/readiness').DELETE(new Request('http://console/x'), {
      params: Promise.resolve({ id: 'local' }),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(await response.json()).toMatchObject({ statusCode: 405, message: 'Use GET.' });
  });

  it('refuses to build the handlers of a path nothing is declared at', () => {
    expect(() => routesAt('/api/nowhere' as never)).toThrow('No operation is declared at /api/nowhere');
  });
});
