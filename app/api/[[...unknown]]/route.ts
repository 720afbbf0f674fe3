import { ApiError, toErrorResponse } from '@/lib/server/http/api-error';

export const dynamic = 'force-dynamic';

// Any /api path no route declares: the one JSON error format instead of Next's HTML page, so a tool that mistypes
// a path reads a message, whatever its method.
function notDeclared(request: Request): Response {
  const { pathname } = new URL(request.url);
  const response = toErrorResponse(
    new ApiError(404, `No API route is declared at ${pathname}. See /api/openapi.json.`),
  );
  response.headers.set('Cache-Control', 'no-store');
  return response;
}

export { notDeclared as GET, notDeclared as POST, notDeclared as PUT, notDeclared as PATCH, notDeclared as DELETE };
