import { NextResponse, type NextRequest } from 'next/server';
import {
  EMBED_REQUEST_HEADER,
  NONCE_REQUEST_HEADER,
  PAGE_PATH_REQUEST_HEADER,
  isEmbedRequest,
} from '@/lib/embed/protocol';
import { malformedPathSegment } from '@/lib/http/malformed-path';
import { runtimeSecurityHeaders } from '@/lib/security-headers';
import { getConfig } from '@/lib/server/config';

// Runs before every request (pages, API routes, static files, errors): the headers that depend on the running
// configuration and on the request. It decides nothing about access: pages and route handlers check the session
// themselves. Node.js runtime (Next 16's proxy), so the validated configuration is read as everywhere else.

export function proxy(request: NextRequest) {
  const config = getConfig();
  // A fresh, unguessable nonce per response; Next reads it from the request's CSP and puts it on its scripts.
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const headers = runtimeSecurityHeaders({
    nonce,
    frameAncestors: config.embedAllowedOrigins,
    https: config.publicUrl.startsWith('https://'),
    development: process.env.NODE_ENV === 'development',
  });
  const csp = headers.find((header) => header.key === 'Content-Security-Policy')?.value ?? '';

  const withHeaders = (response: NextResponse) => {
    for (const { key, value } of headers) response.headers.set(key, value);
    return response;
  };
  const { pathname } = request.nextUrl;
  // Next's router cannot decode such a path and would answer a bare 500 without these headers.
  const malformed = malformedPathSegment(pathname);
  if (malformed !== undefined)
    return withHeaders(
      refusal(`The path segment "${malformed}" is not allowed: a malformed percent-encoding or a dot segment.`, {
        segment: malformed,
      }),
    );
  if (pathname.length > 1 && pathname.endsWith('/')) {
    // Also what "/api/x/.." becomes: the URL parser resolves dot segments before anything else sees the path.
    if (pathname.startsWith('/api/'))
      return withHeaders(refusal('API paths end without "/" and have no "." or ".." segments.', { segment: '/' }));
    // Pages keep Next's rule: the same path without the slash, on the console's configured origin (never the
    // Host header's), with one leading "/" so that even "//evil.example/" stays a path.
    const path = `/${pathname.replace(/^\/+|\/+$/g, '')}${request.nextUrl.search}`;
    return withHeaders(NextResponse.redirect(new URL(path, config.publicUrl), 308));
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_REQUEST_HEADER, nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  // Always the proxy's own value: a client-sent one is replaced.
  requestHeaders.set(PAGE_PATH_REQUEST_HEADER, `${pathname}${request.nextUrl.search}`);
  // Only the proxy says whether a page is embedded: a value sent by the client is dropped.
  if (isEmbedRequest(request.nextUrl, request.headers)) requestHeaders.set(EMBED_REQUEST_HEADER, '1');
  else requestHeaders.delete(EMBED_REQUEST_HEADER);

  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }));
}

/** The console's one error format, for paths refused before any route runs. */
function refusal(message: string, attributes: Record<string, string>): NextResponse {
  return NextResponse.json(
    { statusCode: 400, error: 'Bad Request', message, attributes },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  );
}
