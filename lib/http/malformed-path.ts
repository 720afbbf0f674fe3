/**
 * The first path segment the console refuses, or undefined when there is none: a percent-encoding that cannot be
 * decoded (`%zz`, a `%` at the end, bytes that are not UTF-8), on which Next's router would fail with a bare 500
 * before any route runs; or a dot segment (`.`, `..`, also encoded), which browsers resolve before sending and
 * only a hand-made request carries, and which Next would answer with a redirect or an HTML page.
 */
export function malformedPathSegment(pathname: string): string | undefined {
  for (const segment of pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return segment;
    }
    if (decoded === '.' || decoded === '..') return segment;
  }
  return undefined;
}
