import type { ConsoleSession } from '@/lib/auth/console-session';
import type { EsCredentials } from '@/lib/server/elasticsearch/credentials';

/**
 * The part of next-auth's JWT that belongs to the console. next-auth encrypts the JWT (A256GCM, key derived
 * from NEXTAUTH_SECRET) into an HttpOnly cookie, and only toConsoleSession's output ever leaves the server.
 */
export interface SessionGrant {
  session: ConsoleSession;
  credentials: Extract<EsCredentials, { kind: 'api_key' | 'basic' }>;
}

export function toConsoleSession(grant: SessionGrant): ConsoleSession {
  // Copy field by field: a spread would carry any field added to the grant later, credentials included.
  const { session } = grant;
  return {
    username: session.username,
    fullName: session.fullName,
    roles: [...session.roles],
    clusterId: session.clusterId,
    clusterDisplayName: session.clusterDisplayName,
    clusterName: session.clusterName,
    clusterVersion: session.clusterVersion,
    authMethod: session.authMethod,
    expiresAt: session.expiresAt,
  };
}

export function isGrantExpired(grant: SessionGrant, now: Date = new Date()): boolean {
  return Date.parse(grant.session.expiresAt) <= now.getTime();
}

/** Type guard for what comes back out of a decrypted JWT (it is JSON: trust its shape only after checking). */
export function isSessionGrant(value: unknown): value is SessionGrant {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SessionGrant>;
  const kind = candidate.credentials?.kind;
  return (
    typeof candidate.session?.username === 'string' &&
    typeof candidate.session.clusterId === 'string' &&
    typeof candidate.session.expiresAt === 'string' &&
    (kind === 'api_key' || kind === 'basic')
  );
}
