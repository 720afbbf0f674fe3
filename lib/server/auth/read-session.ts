import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { decode, type JWT } from 'next-auth/jwt';
import { safeCallbackPath } from '@/lib/auth/callback-path';
import { PAGE_PATH_REQUEST_HEADER } from '@/lib/embed/protocol';
import { getConfig } from '@/lib/server/config';
import { grantsOf } from './session-grants';
import type { SessionGrant } from './session-token';
import { sessionCookie } from './session-cookie';

/**
 * The decrypted session token, or null. Used by server components and route handlers alike: each checks the
 * session itself instead of trusting a middleware to have done it.
 */
export async function readSessionToken(): Promise<JWT | null> {
  const store = await cookies();
  const { name } = sessionCookie();
  // next-auth splits cookies over 4 KB into name.0, name.1, ...: a session signed in to several clusters can.
  const chunks = store
    .getAll()
    .filter((cookie) => cookie.name === name || cookie.name.startsWith(`${name}.`))
    .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name))
    .map((cookie) => cookie.value);
  if (chunks.length === 0) return null;
  try {
    return await decode({ token: chunks.join(''), secret: getConfig().sessionSecret });
  } catch {
    return null;
  }
}

/**
 * The home cluster's grant (the cluster chosen on the sign-in page), or null. Sessions end at a fixed time
 * after sign-in (the session API key's own expiry), whatever the activity.
 */
export async function readSessionGrant(): Promise<SessionGrant | null> {
  const token = await readSessionToken();
  const home = token?.grant?.session.clusterId;
  return home ? (grantsOf(token).get(home) ?? null) : null;
}

/** Every live grant of the session, by cluster id (empty when not signed in). */
export async function readSessionGrants(): Promise<Map<string, SessionGrant>> {
  return grantsOf(await readSessionToken());
}

/**
 * For console pages: the grant, or a redirect to sign-in that carries the page as its return address (each page
 * checks for itself, as route handlers do). The sign-in page checks the address again before using it.
 */
export async function requireSessionGrant(): Promise<SessionGrant> {
  const grant = await readSessionGrant();
  if (!grant) {
    const page = (await headers()).get(PAGE_PATH_REQUEST_HEADER);
    const back = page ? safeCallbackPath(page, getConfig().publicUrl) : null;
    redirect(back ? `/sign-in?callbackUrl=${encodeURIComponent(back)}` : '/sign-in');
  }
  return grant;
}

function chunkIndex(cookieName: string): number {
  const match = /\.(\d+)$/.exec(cookieName);
  return match ? Number(match[1]) : -1;
}
