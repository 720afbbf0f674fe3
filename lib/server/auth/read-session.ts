import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { decode } from 'next-auth/jwt';
import { getConfig } from '@/lib/server/config';
import { isGrantExpired, isSessionGrant, type SessionGrant } from './session-token';
import { sessionCookie } from './session-cookie';

/**
 * The signed-in person's grant, decrypted from the session cookie, or null. Used by server components and
 * route handlers alike: each checks the session itself instead of trusting a middleware to have done it.
 * Sessions end at a fixed time after sign-in (the session API key's own expiry), whatever the activity.
 */
export async function readSessionGrant(): Promise<SessionGrant | null> {
  const store = await cookies();
  const { name } = sessionCookie();
  // next-auth splits cookies over 4 KB into name.0, name.1, ...; ours stay small, but read both forms.
  const chunks = store
    .getAll()
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name))
    .map((cookie) => cookie.value);
  if (chunks.length === 0) return null;
  try {
    const token = await decode({ token: chunks.join(''), secret: getConfig().sessionSecret });
    const grant = token?.grant;
    return isSessionGrant(grant) && !isGrantExpired(grant) ? grant : null;
  } catch {
    return null;
  }
}

/** For console pages: the grant, or a redirect to sign-in (each page checks for itself, as route handlers do). */
export async function requireSessionGrant(): Promise<SessionGrant> {
  const grant = await readSessionGrant();
  if (!grant) redirect('/sign-in');
  return grant;
}

function chunkIndex(cookieName: string): number {
  const match = /\.(\d+)$/.exec(cookieName);
  return match ? Number(match[1]) : -1;
}
