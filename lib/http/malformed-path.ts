/**
 * The first path segment whose percent-encoding cannot be decoded (`%zz`, a `%` at the end, bytes that are not
 * UTF-8), or undefined when every segment decodes. Next's router would fail on it with a bare 500 before any route
 * runs, so the proxy answers such paths itself.
 */
export function malformedPathSegment(pathname: string): string | undefined {
  for (const segment of pathname.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return undefined;
}
