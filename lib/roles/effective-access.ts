import type { z } from 'zod';
import type { effectiveAccessSchema } from '@/lib/openapi/models/roles';
import { KEY_REPLICATION_PRIVILEGES, KEY_SEARCH_PRIVILEGES } from '@/lib/cross-cluster-api-keys/access-privileges';
import type { CrossClusterAccess } from '@/lib/cross-cluster-api-keys/model';
import type { SecurityModel } from '@/lib/remote-clusters/model';
import type { RawRole } from './model';

// What a role really lets its holder do on one remote. With the API-key model every cross-cluster request is
// bounded by the cross-cluster API key behind the remote: the role's remote_indices can only narrow it. So the
// answer is the intersection of the two, per role index pattern (and per concrete index on the remote when the
// remote's index names could be read). Elasticsearch's index patterns are plain wildcards (`*`); Lucene regular
// expressions (/.../) are not evaluated here and are reported as such.

/** Cluster privileges the key carries for search: remote_cluster privileges beyond these are not granted. */
const KEY_SEARCH_CLUSTER_PRIVILEGES = ['monitor_enrich'];

export type Outcome = 'granted' | 'reduced' | 'not_granted';

export interface PatternVerdict {
  pattern: string;
  privileges: string[];
  outcome: Outcome;
  /** The role's privileges that the key also grants on (part of) this pattern. */
  grantedPrivileges: string[];
  /** Concrete indices on the remote the role pattern matches, and those the key lets through. */
  matchedIndices: string[];
  allowedIndices: string[];
  explanation: string;
}

export interface IndexVerdict {
  index: string;
  inRole: boolean;
  allowedByKey: boolean;
  outcome: 'granted' | 'blocked_by_key' | 'not_in_role';
}

export type EffectiveAccess = z.output<typeof effectiveAccessSchema>;

export interface EffectiveAccessInput {
  roleName: string;
  role: RawRole;
  alias: string;
  securityModel: SecurityModel;
  key: { id: string; name: string; accessSummary: string; access: CrossClusterAccess } | null;
  /** Index, alias and data stream names on the remote (hidden ones excluded), when readable. */
  remoteIndices: string[] | null;
}

export function wildcardMatch(pattern: string, value: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(value);
}

/**
 * Whether every name the inner pattern can match is matched by the outer one (exact for plain wildcards in practice).
 */
function covers(outer: string, inner: string): boolean {
  return wildcardMatch(outer, inner);
}

export function effectiveAccess(input: EffectiveAccessInput): EffectiveAccess {
  const { role, alias, securityModel, key } = input;
  const entries = (role.remote_indices ?? []).filter((entry) =>
    entry.clusters.some((cluster) => wildcardMatch(cluster, alias)),
  );
  const warnings: string[] = [];
  if (securityModel === 'certificate') {
    warnings.push(
      `${alias} uses the certificate model: remote_indices ` +
        `do not apply there. The remote authorises by role ` +
        `name: a role named "${input.roleName}" must exist ` +
        `on the remote and grants what it grants there.`,
    );
  }
  if (entries.length === 0) warnings.push(`The role has no remote_indices for ${alias}: it grants nothing there.`);

  const searchNames = key?.access.search?.flatMap((entry) => entry.names) ?? [];
  const replicationNames = key?.access.replication?.flatMap((entry) => entry.names) ?? [];
  // "all" includes whatever the key carries, so it is granted only as far as the key goes (reduced).
  const keyNamesFor = (privilege: string) => [
    ...(KEY_SEARCH_PRIVILEGES.includes(privilege) || privilege === 'all' ? searchNames : []),
    ...(KEY_REPLICATION_PRIVILEGES.includes(privilege) || privilege === 'all' ? replicationNames : []),
  ];
  const visible = (input.remoteIndices ?? []).filter((name) => !name.startsWith('.')).sort();

  const patterns = entries.flatMap((entry) =>
    entry.names.map((pattern): PatternVerdict => {
      const matchedIndices = visible.filter((index) => wildcardMatch(pattern, index));
      if (securityModel === 'certificate' || !key) {
        return {
          pattern,
          privileges: entry.privileges,
          outcome: 'not_granted',
          grantedPrivileges: [],
          matchedIndices,
          allowedIndices: [],
          explanation: 'No cross-cluster API key applies: remote_indices have no effect on this remote.',
        };
      }
      const keyNames = [...new Set(entry.privileges.flatMap(keyNamesFor))];
      const grantedPrivileges = entry.privileges.filter((privilege) => keyNamesFor(privilege).length > 0);
      const allowedIndices = matchedIndices.filter((index) => keyNames.some((name) => wildcardMatch(name, index)));
      const fullyCovered = keyNames.some((name) => covers(name, pattern));
      const partly = allowedIndices.length > 0 || keyNames.some((name) => covers(pattern, name));
      const allPrivileges = grantedPrivileges.length === entry.privileges.length && !entry.privileges.includes('all');
      const outcome: Outcome =
        grantedPrivileges.length === 0 || (!fullyCovered && !partly)
          ? 'not_granted'
          : fullyCovered && allPrivileges
            ? 'granted'
            : 'reduced';
      return {
        pattern,
        privileges: entry.privileges,
        outcome,
        grantedPrivileges,
        matchedIndices,
        allowedIndices,
        explanation: explain(outcome, pattern, entry.privileges, grantedPrivileges, keyNames, fullyCovered),
      };
    }),
  );

  const inRoleAt = (index: string) =>
    entries.some((entry) => entry.names.some((pattern) => wildcardMatch(pattern, index)));
  const allowedAt = (index: string) =>
    securityModel === 'api_key' && searchNames.some((name) => wildcardMatch(name, index));
  const indices = visible
    .filter((index) => inRoleAt(index) || allowedAt(index))
    .map((index): IndexVerdict => {
      const inRole = inRoleAt(index);
      const allowedByKey = allowedAt(index);
      return {
        index,
        inRole,
        allowedByKey,
        outcome: !inRole ? 'not_in_role' : allowedByKey ? 'granted' : 'blocked_by_key',
      };
    });

  const remoteCluster = (role.remote_cluster ?? [])
    .filter((entry) => entry.clusters.some((cluster) => wildcardMatch(cluster, alias)))
    .flatMap((entry) => entry.privileges)
    .map((privilege) => ({
      privilege,
      outcome: (key && searchNames.length > 0 && KEY_SEARCH_CLUSTER_PRIVILEGES.includes(privilege)
        ? 'granted'
        : 'not_granted') as Outcome,
    }));

  const short = patterns.filter((verdict) => verdict.outcome !== 'granted');
  if (key && short.length > 0) {
    warnings.push(
      `The role asks for more than the key "${key.name}" allows on ` +
        `${short.map((verdict) => verdict.pattern).join(', ')}: ` +
        `Elasticsearch silently grants only the intersection.`,
    );
  }
  return {
    role: input.roleName,
    alias,
    securityModel,
    key: key ? { id: key.id, name: key.name, accessSummary: key.accessSummary } : null,
    patterns,
    indices,
    remoteCluster,
    warnings,
  };
}

function explain(
  outcome: Outcome,
  pattern: string,
  asked: string[],
  granted: string[],
  keyNames: string[],
  fullyCovered: boolean,
): string {
  const keyPart =
    keyNames.length > 0 ? `the key allows ${keyNames.join(', ')}` : 'the key allows no index for these privileges';
  if (outcome === 'granted') return `Granted: ${keyPart}, which covers ${pattern}.`;
  if (outcome === 'not_granted') return `Not granted: ${keyPart}.`;
  const missing = asked.filter((privilege) => !granted.includes(privilege));
  const parts = [
    ...(fullyCovered ? [] : [`only part of ${pattern} (${keyPart})`]),
    ...(missing.length > 0 ? [`not ${missing.join(', ')} (the key carries only ${granted.join(', ')})`] : []),
  ];
  return `Reduced by the key: ${parts.join('; ')}.`;
}
