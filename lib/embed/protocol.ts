// How the console talks to a portal that frames it. Pure, shared by proxy.ts, the root layout, the browser side
// and the tests, so the portal's example page and the console cannot disagree on a name.

/** `?embed=1` on any console URL shows the page without header or navigation. */
export const EMBED_QUERY_PARAM = 'embed';
/** Set by proxy.ts on the request (never taken from the client) when the page is to be rendered embedded. */
export const EMBED_REQUEST_HEADER = 'x-rcc-embed';
/** Set by proxy.ts on the request: the nonce of this response's Content-Security-Policy. */
export const NONCE_REQUEST_HEADER = 'x-nonce';
/** The page's path and query, set by the proxy, so a page that sends a person to sign in can say where to return. */
export const PAGE_PATH_REQUEST_HEADER = 'x-rcc-page-path';

/** Tells portals' listeners that the message comes from this console. */
export const MESSAGE_SOURCE = 'remote-clusters-console';
/** What a portal may send first, for browsers that do not tell a frame its parent's origin (Firefox). */
export const PORTAL_HELLO_TYPE = 'rcc:hello';

/** Sent to the parent whenever the content's height or the route changes. */
export interface FrameMessage {
  source: typeof MESSAGE_SOURCE;
  type: 'rcc:frame';
  /** The content's height in CSS pixels: the frame's height that shows it without scrolling. */
  height: number;
  /** The console page shown, path and query (without the embed parameter), e.g. /remote-clusters/add. */
  route: string;
}

export function frameMessage(height: number, route: string): FrameMessage {
  return { source: MESSAGE_SOURCE, type: 'rcc:frame', height: Math.ceil(height), route };
}

/**
 * Whether a page request is to be rendered embedded: the URL asks for it, or the browser says the document is
 * loaded inside a frame (Sec-Fetch-Dest), which keeps a redirect inside the frame (to sign-in, after sign-out)
 * embedded although the redirect's URL does not carry the parameter.
 */
export function isEmbedRequest(url: URL, headers: Headers): boolean {
  if (url.searchParams.get(EMBED_QUERY_PARAM) === '1') return true;
  const destination = headers.get('sec-fetch-dest');
  return destination === 'iframe' || destination === 'frame';
}

/** The route as the portal sees it: the embed parameter is the console's business, not the page's address. */
export function routeOf(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete(EMBED_QUERY_PARAM);
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/**
 * The parent's origin when it is one the configuration allows, else null (then nothing is posted). Only an exact
 * match counts: postMessage is never sent to '*' or to an origin the operator did not list.
 */
export function allowedParentOrigin(
  candidate: string | null | undefined,
  allowedOrigins: readonly string[],
): string | null {
  if (!candidate) return null;
  return allowedOrigins.includes(candidate) ? candidate : null;
}

/** A portal's hello, as the example page sends it after the frame loads. */
export function isPortalHello(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PORTAL_HELLO_TYPE;
}
