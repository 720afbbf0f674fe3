import 'server-only';
import { getConfig } from '@/lib/server/config';

interface CookieOptions {
  httpOnly: true;
  sameSite: 'lax' | 'none';
  path: '/';
  secure: boolean;
  partitioned?: true;
}

/**
 * How the console's cookies may travel. A portal on another site frames the console, so there the cookies must be
 * SameSite=None (a Lax cookie is neither stored nor sent inside a cross-site frame), which browsers accept only with
 * Secure, hence over https only. Partitioned (CHIPS) keeps such a cookie to the portal's site: browsers that block
 * third-party cookies still keep a partitioned one, and the console opened in its own tab gets a session of its own.
 * Without embedding origins, or over plain http, everything stays SameSite=Lax.
 */
export function cookieOptions(): CookieOptions {
  const config = getConfig();
  const secure = config.publicUrl.startsWith('https://');
  if (secure && config.embedAllowedOrigins.length > 0)
    return { httpOnly: true, sameSite: 'none', path: '/', secure: true, partitioned: true };
  return { httpOnly: true, sameSite: 'lax', path: '/', secure };
}

/** The session cookie, defined once for next-auth and for the console's own reader of it. */
export function sessionCookie() {
  const options = cookieOptions();
  return { name: `${options.secure ? '__Secure-' : ''}rcc.session`, options };
}

/**
 * Every cookie next-auth sets during sign-in with the same rule: its CSRF token and callback URL cookies must reach
 * the sign-in inside a portal's frame too, or the sign-in there fails its CSRF check. Names are next-auth's own.
 */
export function authCookies() {
  const options = cookieOptions();
  const prefix = options.secure ? '__Secure-' : '';
  return {
    sessionToken: sessionCookie(),
    csrfToken: { name: `${options.secure ? '__Host-' : ''}next-auth.csrf-token`, options },
    callbackUrl: { name: `${prefix}next-auth.callback-url`, options },
  };
}
