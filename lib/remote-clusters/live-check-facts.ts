import type { ResolveClusterEntry } from './sources';

// The live check (_resolve/cluster) runs as the caller, so part of its answer is about the caller, not about the
// connection. The list is shared between callers (shared-read.ts), so each entry is reduced to what is the same
// for everyone. Two refusals look alike and mean different things:
// - "action [...] is unauthorized for user [x] with effective roles [...]": the remote refused the caller (the
//   certificate model authorizes on the remote), so the remote answered and the connection works;
// - "action [...] towards remote cluster [r] is unauthorized for user [x]": the local cluster refused before it
//   sent anything (the API-key model's remote_indices check), which proves nothing about the connection, so the
//   entry is dropped and the list falls back to _remote/info, which every caller sees alike.

const AUTHORIZATION_REFUSAL = /\bis unauthorized for\b|security_exception|\bunable to authenticate\b/i;
const REFUSED_LOCALLY = /\btowards remote cluster\b/i;

export function isAuthorizationRefusal(message: string | undefined | null): boolean {
  return typeof message === 'string' && AUTHORIZATION_REFUSAL.test(message);
}

/** The entry without what depends on who asked; undefined when nothing caller-independent is left. */
export function callerIndependentEntry(entry: ResolveClusterEntry): ResolveClusterEntry | undefined {
  if (!isAuthorizationRefusal(entry.error)) return entry;
  if (REFUSED_LOCALLY.test(entry.error ?? '')) return undefined;
  // Who was refused, and their roles, is nobody else's business: what remains is that the remote answered.
  const reduced: ResolveClusterEntry = { ...entry, connected: true };
  delete reduced.error;
  return reduced;
}

export function callerIndependentEntries(
  entries: Record<string, ResolveClusterEntry>,
): Record<string, ResolveClusterEntry> {
  const kept: Array<[string, ResolveClusterEntry]> = [];
  for (const [alias, entry] of Object.entries(entries)) {
    const reduced = callerIndependentEntry(entry);
    if (reduced) kept.push([alias, reduced]);
  }
  return Object.fromEntries(kept);
}
