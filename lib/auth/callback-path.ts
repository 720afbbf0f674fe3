const HOME = '/remote-clusters';
/** Any origin works as the base: only whether the parsed address stays on it matters. */
const PLACEHOLDER_ORIGIN = 'http://console.invalid';
const MAX_LENGTH = 2048;

/**
 * The path, query and fragment of an address on the console's own origin, or null for anything else. The WHATWG
 * URL parser is the one browsers use, so what it calls same-origin is where a browser would really go: it drops
 * TAB and newlines and reads `\` as `/` exactly as they do, which prefix checks on the raw text miss
 * (`/\t/evil.example` is `//evil.example`). The answer is the parser's serialisation, so no control character
 * reaches a Location header.
 */
export function sameOriginPath(value: unknown, origin: string = PLACEHOLDER_ORIGIN): string | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where to go after sign-in: a page of this console, never another origin and never the sign-in page itself. */
export function safeCallbackPath(value: unknown, origin?: string): string {
  const path = sameOriginPath(value, origin);
  if (path === null || path === '/sign-in' || path.startsWith('/sign-in?') || path.startsWith('/api/')) return HOME;
  return path;
}
