import type { RemoteCluster } from './model';

// The list's text search: the words a person sees in the Name and Addresses columns, nothing hidden (a
// not-connected reason also holds addresses, and matching through it showed rows for no visible reason).

export function remoteAddresses(remote: RemoteCluster): string[] {
  return remote.mode === 'proxy' ? (remote.proxyAddress ? [remote.proxyAddress] : []) : (remote.seeds ?? []);
}

/** Whether every space-separated word of the search is in the remote's name or one of its addresses. */
export function matchesSearch(remote: RemoteCluster, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = [remote.name, ...remoteAddresses(remote)].map((value) => value.toLowerCase());
  return words.every((word) => haystack.some((value) => value.includes(word)));
}
