import 'server-only';
import { createHash } from 'node:crypto';
import { errors, type Client } from '@elastic/elasticsearch';
import type { RegisteredCluster } from '@/lib/config/schema';
import { authorizationHeader, type EsCredentials } from '@/lib/server/elasticsearch/credentials';

// Some routes never learn from their own calls that the credentials are wrong: a bulk delete reports a 401 per
// item, a readiness check turns it into one failed check among others. So every route that acts as a caller asks
// Elasticsearch who the caller is first, and a refusal is the route's 401 before anything else runs.

/** How long a confirmed identity is trusted without asking again: short, so a revoked key stops working quickly. */
const CONFIRMED_FOR_MS = 15_000;
const MAX_REMEMBERED = 2_000;

/** Fingerprints of credentials Elasticsearch accepted, per cluster, with when that stops counting. Never the secret. */
const confirmed = new Map<string, number>();

function fingerprint(cluster: RegisteredCluster, credentials: EsCredentials): string {
  return createHash('sha256')
    .update(`${cluster.id}\0${authorizationHeader(credentials)}`)
    .digest('base64url');
}

function remember(key: string, now: number): void {
  if (confirmed.size >= MAX_REMEMBERED) {
    for (const [candidate, until] of confirmed) if (until <= now) confirmed.delete(candidate);
    // Still full of live entries: forget the oldest (a Map iterates in insertion order).
    if (confirmed.size >= MAX_REMEMBERED) confirmed.delete(confirmed.keys().next().value as string);
  }
  confirmed.set(key, now + CONFIRMED_FOR_MS);
}

/**
 * Answers when Elasticsearch accepts the credentials; its 401 becomes the route's 401. Its other refusals are left
 * to the route, which meets them again in its own calls; a cluster that cannot be reached fails the route here.
 */
export async function requireAuthenticated(
  cluster: RegisteredCluster,
  credentials: EsCredentials,
  es: Client,
  now: number = Date.now(),
): Promise<void> {
  const key = fingerprint(cluster, credentials);
  if ((confirmed.get(key) ?? 0) > now) return;
  try {
    await es.security.authenticate();
  } catch (error) {
    // Its 401 goes out as it is, with Elasticsearch's reason ("unable to authenticate user [x]").
    if (error instanceof errors.ResponseError && error.statusCode !== 401) return;
    throw error;
  }
  remember(key, now);
}
