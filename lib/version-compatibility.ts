// Which local -> remote version pairs Elasticsearch supports, as Elastic's documentation states them
// ("Supported cross-cluster search configurations", and the cross-cluster replication prerequisites).
// Pure: the connect readiness and diagnosis apply them to the versions they read.

/** The last minor of each finished major: it may search any minor of the next major. */
const LAST_MINOR: Record<number, number> = { 7: 17, 8: 19 };

export const SEARCH_RULE =
  "Elastic supports cross-cluster search from a local cluster to a remote cluster running the previous minor version, the same version, or a newer minor version of the same major, and from the last minor of a major (8.19) to any minor of the next major; 8.18 only to 9.0, and 9.0 back to 8.18. Other pairs may work, but Elastic does not test them and their behaviour is not guaranteed.";

export const REPLICATION_RULE =
  'For cross-cluster replication the local (follower) cluster must run the same or a newer version than the remote (leader) cluster, patch version included.';

interface Parsed {
  major: number;
  minor: number;
  patch: number;
}

function parse(version: string): Parsed | null {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) } : null;
}

/** Whether Elastic supports searching from `local` to `remote`; null when a version cannot be read. */
export function searchSupported(local: string, remote: string): boolean | null {
  const l = parse(local);
  const r = parse(remote);
  if (!l || !r) return null;
  if (l.major === r.major) return r.minor >= l.minor - 1;
  if (r.major === l.major + 1) {
    if (l.major === 8 && l.minor === 18) return r.minor === 0;
    return LAST_MINOR[l.major] === l.minor;
  }
  // The one backwards pair across majors in Elastic's table.
  return l.major === 9 && l.minor === 0 && r.major === 8 && r.minor === 18;
}

/** Replication's own rule (local not older than remote) on top of a supported connection. */
export function replicationSupported(local: string, remote: string): boolean | null {
  const l = parse(local);
  const r = parse(remote);
  if (!l || !r) return null;
  const notOlder = l.major !== r.major ? l.major > r.major : l.minor !== r.minor ? l.minor > r.minor : l.patch >= r.patch;
  if (!notOlder) return false;
  // A newer local across majors: the local cluster must still be one Elastic supports connecting from.
  return l.major === r.major || searchSupported(local, remote) === true;
}
