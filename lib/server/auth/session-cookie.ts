import 'server-only';
import { getConfig } from '@/lib/server/config';

/** The session cookie, defined once for next-auth and for the console's own reader of it. */
export function sessionCookie() {
  const secure = getConfig().publicUrl.startsWith('https://');
  return {
    name: `${secure ? '__Secure-' : ''}rcc.session`,
    options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
  };
}
