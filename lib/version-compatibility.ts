// Which local -> remote version pairs Elasticsearch supports, as Elastic's documentation states them
// ("Supported cross-cluster search configurations", and the cross-cluster replication prerequisites).
// Pure: the connect readiness and diagnosis apply them to the versions they read.

/** The last minor of each finished major: it may search any minor of the next major. */
const LAST_MINOR: Record<number, number> = { 7: 17, 8: 19 };

export const SEARCH_RULE =
  'Elastic supports cross-cluster search from a local ' +
  'cluster to a remote cluster running the previous ' +
  'minor version, the same version, or a newer ' +
  'minor version of the same major, and from the ' +
  'last minor of a major (8.19) to any minor of the ' +
  'next major; 8.18 only to 9.0, and 9.0 back to ' +
  '8.18. Other pairs may work, but Elastic does not ' +
  'test them and their behaviour is not guaranteed.';

export const REPLICATION_RULE =
  'For cross-cluster replication the local (follower) cluster must run the same ' +
  'or a newer version than the remote (leader) cluster, patch version included.';

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

/** Why Elastic does not support searching from `local` to `remote` (null when it does, or a version is unreadable). */
export function searchRefusalReason(local: string, remote: string): string | null {
  const l = parse(local);
  const r = parse(remote);
  if (!l || !r || searchSupported(local, remote) !== false) return null;
  if (Math.abs(l.major - r.major) > 1) return 'the clusters are more than one major version apart';
  if (l.major === r.major) return `the remote is more than one minor version behind the local cluster`;
  if (r.major > l.major) {
    if (l.major === 8 && l.minor === 18) return '8.18 may search 9.0 only';
    return (
      `only the last minor of ${l.major}.x ` +
      `(${l.major}.${LAST_MINOR[l.major] ?? '?'}) ` +
      `may search ${article(r.major)} ${r.major}.x cluster`
    );
  }
  return `${article(l.major)} ${l.major}.${l.minor} cluster may not search ${article(r.major)} ${r.major}.x cluster`;
}

/** "an 8.x", "a 9.x": English follows the sound of the number. */
function article(major: number): string {
  return /^(8|11|18)/.test(String(major)) ? 'an' : 'a';
}

/** The upgrade that makes the pair supported for search: which cluster, to what. */
export function searchFix(local: string, remote: string): string {
  const l = parse(local);
  const r = parse(remote);
  if (!l || !r) return 'Upgrade the cluster that is behind.';
  if (r.major < l.major || (r.major === l.major && r.minor < l.minor)) {
    const target = r.major < l.major ? `${l.major}.x` : `${l.major}.${Math.max(l.minor - 1, 0)} or later`;
    return (
      `Upgrade the remote cluster (${remote}) to ${target}, or ` +
      `search from the cluster on the older version instead.`
    );
  }
  const last = LAST_MINOR[l.major];
  const lastMinor =
    last === undefined
      ? ''
      : ` to ${l.major}.${last}, the last ${l.major}.x minor, which may search any ${l.major + 1}.x cluster, or`;
  return `Upgrade the local cluster (${local})${lastMinor} to the remote's major.`;
}

/** Why replication from `remote` into `local` is not supported (null when it is, or a version is unreadable). */
export function replicationRefusalReason(local: string, remote: string): string | null {
  if (replicationSupported(local, remote) !== false) return null;
  const l = parse(local)!;
  const r = parse(remote)!;
  const older = l.major !== r.major ? l.major < r.major : l.minor !== r.minor ? l.minor < r.minor : l.patch < r.patch;
  return older
    ? 'the local (follower) cluster is older than the remote (leader) cluster'
    : 'Elastic does not support connecting these versions (see the search check)';
}

/** Replication's own rule (local not older than remote) on top of a supported connection. */
export function replicationSupported(local: string, remote: string): boolean | null {
  const l = parse(local);
  const r = parse(remote);
  if (!l || !r) return null;
  const notOlder =
    l.major !== r.major ? l.major > r.major : l.minor !== r.minor ? l.minor > r.minor : l.patch >= r.patch;
  if (!notOlder) return false;
  // A newer local across majors: the local cluster must still be one Elastic supports connecting from.
  return l.major === r.major || searchSupported(local, remote) === true;
}
