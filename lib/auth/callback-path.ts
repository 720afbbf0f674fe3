const HOME = '/remote-clusters';

/** Where to go after sign-in: only a path on this site, never another origin (no open redirect). */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2048) return HOME;
  let path = value;
  try {
    // next-auth hands back absolute URLs on our own origin; keep only their path.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    }
  } catch {
    return HOME;
  }
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\') || path.startsWith('/sign-in'))
    return HOME;
  return path;
}
