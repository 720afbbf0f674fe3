import type { JWT } from 'next-auth/jwt';
import { isGrantExpired, isSessionGrant, type SessionGrant } from './session-token';

/**
 * Every live grant a session token holds, by cluster id: the home cluster's and those of clusters signed in to
 * later. Expired or malformed entries are dropped here, so callers never see them.
 */
export function grantsOf(
  token: Pick<JWT, 'grant' | 'clusterGrants'> | null | undefined,
  now: Date = new Date(),
): Map<string, SessionGrant> {
  const grants = new Map<string, SessionGrant>();
  const home = token?.grant;
  if (!isSessionGrant(home) || isGrantExpired(home, now)) return grants;
  grants.set(home.session.clusterId, home);
  for (const [clusterId, grant] of Object.entries(token?.clusterGrants ?? {})) {
    if (
      clusterId !== home.session.clusterId &&
      isSessionGrant(grant) &&
      grant.session.clusterId === clusterId &&
      !isGrantExpired(grant, now)
    ) {
      grants.set(clusterId, grant);
    }
  }
  return grants;
}

/** The token with one more cluster's grant (replacing an earlier one for that cluster). */
export function withClusterGrant<T extends JWT>(token: T, grant: SessionGrant): T {
  return { ...token, clusterGrants: { ...token.clusterGrants, [grant.session.clusterId]: grant } };
}

/** The token without a cluster's grant; the home cluster's grant is only removed by signing out. */
export function withoutClusterGrant<T extends JWT>(token: T, clusterId: string): T {
  const rest = { ...token.clusterGrants };
  delete rest[clusterId];
  return { ...token, clusterGrants: rest };
}
