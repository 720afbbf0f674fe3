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

  it('export exactly the declared methods of each path, and every declaration has a route file', () => {
    const exported = routes.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`));
    expect(
      exported.filter((operation) => !declared.includes(operation)),
      'exported, not declared',
    ).toEqual([]);
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
