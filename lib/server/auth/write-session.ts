import 'server-only';
import type { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { encode, type JWT } from 'next-auth/jwt';
import { getConfig } from '@/lib/server/config';
import { sessionCookie } from './session-cookie';

// next-auth's own chunk size (4096 bytes less its estimate of a cookie's attributes), so that next-auth and
// the console read and rewrite each other's cookies the same way.
const CHUNK_SIZE = 4096 - 163;

/**
 * Puts a changed session token back into the session cookie, encrypted the way next-auth does it, chunked when
 * large, and with any chunk of the previous value that is no longer needed cleared. The cookie lives as long
 * as the home grant: signing in to another cluster does not extend the session.
 */
export async function writeSessionToken(response: NextResponse, token: JWT): Promise<void> {
  const { name, options } = sessionCookie();
  const expiresAt = token.grant ? Date.parse(token.grant.session.expiresAt) : Date.now();
  const maxAge = Math.max(0, Math.floor((expiresAt - Date.now()) / 1000));
  const value = await encode({ token, secret: getConfig().sessionSecret, maxAge });
  const chunks =
    value.length <= CHUNK_SIZE ? [[name, value]] : splitInto(value).map((part, index) => [`${name}.${index}`, part]);
  const written = new Set(chunks.map(([chunkName]) => chunkName));
  for (const existing of (await cookies()).getAll()) {
    const isOurs = existing.name === name || existing.name.startsWith(`${name}.`);
    if (isOurs && !written.has(existing.name)) response.cookies.set(existing.name, '', { ...options, maxAge: 0 });
  }
  for (const [chunkName = name, part = ''] of chunks) response.cookies.set(chunkName, part, { ...options, maxAge });
}

function splitInto(value: string): string[] {
  const parts: string[] = [];
  for (let offset = 0; offset < value.length; offset += CHUNK_SIZE)
    parts.push(value.slice(offset, offset + CHUNK_SIZE));
  return parts;
}
