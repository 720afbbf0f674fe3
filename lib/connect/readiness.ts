import type { z } from 'zod';
import type { clusterFactsSchema, readinessCheckSchema } from '@/lib/openapi/models/connect';
import { licenceAllowsApiKeyModel } from '@/lib/clusters/model';
import {
  REPLICATION_RULE,
  replicationRefusalReason,
  replicationSupported,
  SEARCH_RULE,
  searchFix,
  searchRefusalReason,
  searchSupported,
} from '@/lib/version-compatibility';
import { meets, ruleMessage, shortVersion, VERSION_RULES } from '@/lib/version-rules';

// Whether two clusters can be connected with the API-key model, checked before anything is written: each
// check says what was read, what it means, and the fix. "unknown" when a side could not be read.

/** What the console reads from one cluster (nodes info, licence, SSL certificates); null where not readable. */
export type ClusterFacts = z.output<typeof clusterFactsSchema>;

/** warn: it works, with a limit the administrator should know of (a beta feature, a step done by hand). */
export type CheckState = 'pass' | 'warn' | 'fail' | 'unknown';

export type ReadinessCheck = z.output<typeof readinessCheckSchema>;

export function readinessChecks(local: ClusterFacts, remote: ClusterFacts | null): ReadinessCheck[] {
  const checks: ReadinessCheck[] = [];
  const unknownRemote =
    'Sign in to the remote cluster (as its administrator) so the console can read it, or check by hand.';
  for (const [side, facts] of [
    ['local', local],
    ['remote', remote],
  ] as const) {
    checks.push(licenceCheck(side, facts, unknownRemote), versionCheck(side, facts, unknownRemote));
  }
  checks.push(...pairChecks(local, remote, unknownRemote));
  checks.push(serverCheck(remote, unknownRemote), clientTlsCheck(local), trustCheck(local, remote));
  const reload = credentialsReloadCheck(local);
  if (reload) checks.push(reload);
  return checks;
}

function unknown(id: string, side: ReadinessCheck['side'], title: string, why: string): ReadinessCheck {
  return { id, side, state: 'unknown', title, explanation: why };
}

function licenceCheck(side: ReadinessCheck['side'], facts: ClusterFacts | null, unknownRemote: string): ReadinessCheck {
  const title = `Licence allows the API-key model (${side})`;
  const allowed = licenceAllowsApiKeyModel(facts?.licence ?? null);
  if (allowed === null)
    return unknown(
      `${side}_licence`,
      side,
      title,
      facts ? (facts.unreadable ?? 'The licence could not be read.') : unknownRemote,
    );
  const { type, status } = facts!.licence!;
  return allowed
    ? { id: `${side}_licence`, side, state: 'pass', title, explanation: `Licence ${type} (${status}).` }
    : {
        id: `${side}_licence`,
        side,
        state: 'fail',
        title,
        explanation:
          `Licence ${type} (${status}): the API-key model needs ` + `an active Enterprise licence on both clusters.`,
        fix:
          'Install an Enterprise licence, or start a trial (POST ' +
          '_license/start_trial?acknowledge=true) to evaluate.',
      };
}

function versionCheck(side: ReadinessCheck['side'], facts: ClusterFacts | null, unknownRemote: string): ReadinessCheck {
  const id = `${side}_version`;
  const title = `Version ${shortVersion(VERSION_RULES.api_key_model.since)} or later (${side})`;
  if (!facts?.version)
    return unknown(id, side, title, facts ? (facts.unreadable ?? 'The version could not be read.') : unknownRemote);
  const label = `the ${side} cluster (its oldest node)`;
  if (!meets(facts.version, 'api_key_model')) {
    return {
      id,
      side,
      state: 'fail',
      title,
      explanation: ruleMessage('api_key_model', label, facts.version),
      fix: VERSION_RULES.api_key_model.older,
    };
  }
  if (!meets(facts.version, 'api_key_model_ga')) {
    return {
      id,
      side,
      state: 'warn',
      title,
      explanation: ruleMessage('api_key_model_ga', label, facts.version),
      fix: `Upgrade to ${shortVersion(VERSION_RULES.api_key_model_ga.since)} or later when you can.`,
    };
  }
  return { id, side, state: 'pass', title, explanation: `Every node runs ${facts.version} or later.` };
}

/** Elastic's rules for the pair itself: which local -> remote versions it supports for search and replication. */
function pairChecks(local: ClusterFacts, remote: ClusterFacts | null, unknownRemote: string): ReadinessCheck[] {
  const searchTitle = 'Elastic supports cross-cluster search between these versions';
  const replicationTitle = 'Elastic supports cross-cluster replication between these versions';
  if (!local.version || !remote?.version) {
    const why = !local.version
      ? (local.unreadable ?? 'The local version could not be read.')
      : remote
        ? (remote.unreadable ?? 'The remote version could not be read.')
        : unknownRemote;
    return [
      unknown('versions_search', 'local', searchTitle, why),
      unknown('versions_replication', 'local', replicationTitle, why),
    ];
  }
  const pair = `local ${local.version} -> remote ${remote.version}`;
  const search = searchSupported(local.version, remote.version);
  const replication = replicationSupported(local.version, remote.version);
  return [
    search
      ? {
          id: 'versions_search',
          side: 'local',
          state: 'pass',
          title: searchTitle,
          explanation: `${pair}: supported. ${SEARCH_RULE}`,
        }
      : {
          id: 'versions_search',
          side: 'local',
          state: 'fail',
          title: searchTitle,
          explanation: `${pair}: not supported (${searchRefusalReason(local.version, remote.version)}). ${SEARCH_RULE}`,
          fix: searchFix(local.version, remote.version),
        },
    replication
      ? {
          id: 'versions_replication',
          side: 'local',
          state: 'pass',
          title: replicationTitle,
          explanation: `${pair}: supported. ${REPLICATION_RULE}`,
        }
      : {
          id: 'versions_replication',
          side: 'local',
          state: 'warn',
          title: replicationTitle,
          explanation:
            `${pair}: not supported ` +
            `(${replicationRefusalReason(local.version, remote.version)}). ` +
            `${REPLICATION_RULE} This only matters if you replicate from this remote.`,
          fix: 'Replicate into a local cluster on the same or a newer, compatible version.',
        },
  ];
}

/** Before 8.13 a reload does not pick up new cross-cluster credentials: the keystore step needs restarts. */
function credentialsReloadCheck(local: ClusterFacts): ReadinessCheck | null {
  if (!local.version || meets(local.version, 'credentials_reload')) return null;
  return {
    id: 'local_credentials_reload',
    side: 'local',
    state: 'warn',
    title: 'The key is picked up without a restart (local)',
    explanation: ruleMessage('credentials_reload', 'the local cluster', local.version),
    fix: VERSION_RULES.credentials_reload.older,
  };
}

function serverCheck(remote: ClusterFacts | null, unknownRemote: string): ReadinessCheck {
  const title = 'Remote cluster server enabled on the remote';
  if (!remote?.nodes)
    return unknown(
      'remote_server',
      'remote',
      title,
      remote ? (remote.unreadable ?? 'Nodes info could not be read.') : unknownRemote,
    );
  const without = remote.nodes.filter((node) => !node.remoteClusterServer).map((node) => node.name);
  const addresses = remote.nodes.flatMap((node) => (node.remoteClusterServer ? [node.remoteClusterServer] : []));
  if (without.length === 0) {
    return {
      id: 'remote_server',
      side: 'remote',
      state: 'pass',
      title,
      explanation: `Listening on ${addresses.join(', ')}: use this address (port) when registering the remote.`,
    };
  }
  return {
    id: 'remote_server',
    side: 'remote',
    state: 'fail',
    title,
    explanation: `Nodes without the remote cluster server: ${without.join(', ')}.`,
    fix:
      'On the remote, set remote_cluster_server.enabled: ' +
      'true, remote_cluster.port (9443 by default) and ' +
      'xpack.security.remote_cluster_server.ssl.* (key and certificate) ' +
      'in elasticsearch.yml on every node, then restart them.',
  };
}

function clientTlsCheck(local: ClusterFacts): ReadinessCheck {
  const title = 'Remote cluster client TLS enabled (local)';
  if (local.remoteClusterClientSsl === null)
    return unknown('local_client_tls', 'local', title, local.unreadable ?? 'Node settings could not be read.');
  return local.remoteClusterClientSsl
    ? {
        id: 'local_client_tls',
        side: 'local',
        state: 'pass',
        title,
        explanation: 'xpack.security.remote_cluster_client.ssl.enabled is true on every node.',
      }
    : {
        id: 'local_client_tls',
        side: 'local',
        state: 'fail',
        title,
        explanation:
          'xpack.security.remote_cluster_client.ssl.enabled is false on ' +
          'some node, but the remote cluster server only speaks TLS.',
        fix: 'Set xpack.security.remote_cluster_client.ssl.enabled: true on every local node and restart them.',
      };
}

function trustCheck(local: ClusterFacts, remote: ClusterFacts | null): ReadinessCheck {
  const title = "Local cluster trusts the remote's certificate authority";
  const issuers = remote?.presentedCertificateIssuers;
  if (!local.trustedCaSubjects || !issuers || issuers.length === 0) {
    return unknown(
      'local_trust',
      'local',
      title,
      "Compared from both clusters' SSL certificates when both " +
        'can be read; the verification step proves it in any case.',
    );
  }
  const trusted = issuers.some((issuer) => local.trustedCaSubjects!.includes(issuer));
  return trusted
    ? {
        id: 'local_trust',
        side: 'local',
        state: 'pass',
        title,
        explanation: `The remote's certificates are issued by ${issuers.join(', ')}, a CA the local cluster trusts.`,
      }
    : {
        id: 'local_trust',
        side: 'local',
        state: 'fail',
        title,
        explanation:
          `The remote's certificates are issued by ${issuers.join(', ')}; the local ` +
          `cluster trusts only ${local.trustedCaSubjects.join(', ') || 'no CA'}.`,
        fix:
          "Copy the remote's CA certificate to every local node and list it in " +
          'xpack.security.remote_cluster_client.ssl.certificate_authorities, ' +
          'then restart them.',
      };
}

/** What GET /api/clusters/{id}/readiness?remote=<id> answers. */
export interface ReadinessReport {
  local: ClusterFacts;
  remote: ClusterFacts | null;
  remoteSignedIn: boolean;
  checks: ReadinessCheck[];
}
