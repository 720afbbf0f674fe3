import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { RemoteCluster } from '@/lib/remote-clusters/model';

// What the effective access view starts on, so it opens on an answer rather than on empty selects: a remote the role
// actually grants something on, and the registered cluster most likely to hold the key behind it.

/** Whether a role's `clusters` entry (an alias or a pattern with `*`, as Elasticsearch takes it) covers an alias. */
export function clusterPatternMatches(pattern: string, alias: string): boolean {
  const parts = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`).test(alias);
}

export function roleGrantsRemote(rolePatterns: readonly string[], alias: string): boolean {
  return rolePatterns.some((pattern) => clusterPatternMatches(pattern, alias));
}

/** The first remote the role grants on, API-key remotes first (there the key decides, which is worth reading). */
export function defaultAccessRemote(
  remotes: readonly RemoteCluster[],
  rolePatterns: readonly string[],
): string | undefined {
  const granted = remotes.filter((remote) => roleGrantsRemote(rolePatterns, remote.name));
  return (granted.find((remote) => remote.securityModel === 'api_key') ?? granted[0])?.name;
}

/**
 * The registered cluster to read the key on: one the person is signed in to and that answers, else one that answers
 * (the registry's order breaks ties). The console cannot tell which registered cluster an alias points to (remote
 * addresses are transport addresses, registrations HTTP ones), so this is a starting point the person can change.
 */
export function defaultKeyCluster(candidates: readonly RegisteredClusterView[]): string | undefined {
  const reachable = candidates.filter((cluster) => cluster.reachable);
  return (reachable.find((cluster) => cluster.signedIn) ?? reachable[0])?.id;
}
