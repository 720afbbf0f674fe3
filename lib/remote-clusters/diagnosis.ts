import type { z } from 'zod';
import type { diagnosisSchema } from '@/lib/openapi/models/remote-clusters';
import { keystoreFix } from '@/lib/connection-plan/keystore-fix';
import { adviceFindings, type AdviceContext } from './diagnosis-advice';
import type { Finding } from './finding';
import type { ResolveClusterEntry } from './sources';
import type { RemoteCluster } from './model';

// Why a remote works or not, as findings that each name their evidence (the field and value read from the
// local cluster) and the fix. Pure: the server gathers the reads, the connect wizard and tools read the result.

/** notAvailable: the cluster's version has no _resolve/cluster (the version rule's sentence). */
export type ResolveOutcome = { entry: ResolveClusterEntry } | { error: string } | { notAvailable: string };
export type TestSearchOutcome = { index: string; hits: number } | { index: string; error: string };

export type Diagnosis = z.output<typeof diagnosisSchema>;

// Elasticsearch's words when the remote refuses the key (invalidated, expired, deleted, or another cluster's).
// Seen from 9.5.4: "api key [<id>] has been invalidated".
const AUTHENTICATION_FAILURE =
  /unable to authenticate|api key\b.*\b(?:invalidated|expired)|invalid api key|security_exception/i;

export function diagnoseRemoteCluster(
  remote: RemoteCluster,
  resolve: ResolveOutcome,
  testSearch?: TestSearchOutcome,
  context: AdviceContext = { httpAddresses: [] },
): Diagnosis {
  const fix = (alias: string) => keystoreFix(alias, context.localDeploymentType);
  const findings = [
    connectionFinding(remote),
    securityModelFinding(remote, fix),
    resolveFinding(remote.name, resolve, fix),
  ];
  if (testSearch) findings.push(testSearchFinding(remote.name, testSearch));
  findings.push(...adviceFindings(remote, context));
  return {
    name: remote.name,
    status: findings.some((finding) => finding.severity === 'error') ? 'failing' : 'ok',
    isConnected: remote.isConnected,
    securityModel: remote.securityModel,
    findings,
  };
}

function connectionFinding(remote: RemoteCluster): Finding {
  if (remote.isConnected) {
    const detail =
      remote.mode === 'proxy'
        ? `${remote.connectedSocketsCount ?? 0} proxy sockets`
        : `${remote.connectedNodesCount ?? 0} nodes`;
    return {
      id: 'connection',
      severity: 'ok',
      title: 'Connected',
      evidence: `_remote/info: connected: true (${detail})`,
    };
  }
  return {
    id: 'connection',
    severity: 'error',
    title: 'Not connected',
    evidence: '_remote/info: connected: false',
    fix: remote.notConnectedReason ?? 'Check the address, the port and that the network allows the connection.',
  };
}

function securityModelFinding(remote: RemoteCluster, fix: (alias: string) => string): Finding {
  if (remote.securityModel === 'api_key') {
    return {
      id: 'security_model',
      severity: 'ok',
      title: 'API-key model: the local keystore holds the cross-cluster API key',
      evidence: `_remote/info: cluster_credentials: "::es_redacted::"`,
    };
  }
  // Connected without a key: the certificate model works, but is deprecated. Not connected without a key: the
  // usual cause is a key that never reached the keystore (the remote cluster server refuses connections without one).
  if (remote.isConnected) {
    return {
      id: 'security_model',
      severity: 'warning',
      title: 'Certificate model (deprecated since 9.0)',
      evidence: `_remote/info has no cluster_credentials for ${remote.name}; connected on the transport port`,
      fix:
        'Migrate to the API-key model: a cross-cluster API key on the remote, the ' +
        'keystore on every local node, and the remote cluster server port (9443).',
    };
  }
  return {
    id: 'security_model',
    severity: 'error',
    title: 'No cross-cluster API key in the keystore',
    evidence: `_remote/info has no cluster_credentials for ${remote.name}`,
    fix:
      `The key is missing from the keystore, or the reload did ` +
      `not reach every node. ${fix(remote.name)} ` +
      `(For the deprecated certificate model instead, ` +
      `the address must be the remote's transport port.)`,
  };
}

function resolveFinding(alias: string, outcome: ResolveOutcome, fix: (alias: string) => string): Finding {
  const evidencePrefix = `_resolve/cluster/${alias}:*`;
  if ('notAvailable' in outcome) {
    return { id: 'resolve', severity: 'info', title: 'Not checked on this version', evidence: outcome.notAvailable };
  }
  if ('error' in outcome) {
    return {
      id: 'resolve',
      severity: 'error',
      title: 'The remote could not be resolved',
      evidence: `${evidencePrefix}: ${outcome.error}`,
      fix:
        'Check that the local cluster can reach the remote and that ' +
        'you may use it (read_cross_cluster on the remote indices).',
    };
  }
  const { entry } = outcome;
  if (entry.connected && !entry.error) {
    const matches = entry.matching_indices === true ? 'matching indices' : 'no matching indices';
    const version = entry.version?.number ? `, version ${entry.version.number}` : '';
    return {
      id: 'resolve',
      severity: 'ok',
      title: `Reachable, ${matches}${version}`,
      evidence: `${evidencePrefix}: connected: true, matching_indices: ${String(entry.matching_indices ?? false)}`,
    };
  }
  const error = entry.error ?? 'connected: false';
  const refusedKey = AUTHENTICATION_FAILURE.test(error);
  return {
    id: 'resolve',
    severity: 'error',
    title: refusedKey ? 'The remote refuses the cross-cluster API key' : 'The remote is not reachable',
    evidence: `${evidencePrefix}: ${error}`,
    fix: refusedKey
      ? `The key in the keystore was invalidated, has ` +
        `expired, or was made on another cluster. ` +
        `Create a new cross-cluster API key on the remote, then: ${fix(alias)}`
      : 'Check the address and port (9443 for the remote ' +
        'cluster server), that remote_cluster_server.enabled ' +
        'is true on the remote, and that the local cluster ' +
        "trusts the remote's certificate authority.",
  };
}

function testSearchFinding(alias: string, outcome: TestSearchOutcome): Finding {
  const evidencePrefix = `GET ${alias}:${outcome.index}/_search`;
  if ('error' in outcome) {
    return {
      id: 'test_search',
      severity: 'error',
      title: `Test search on ${outcome.index} failed`,
      evidence: `${evidencePrefix}: ${outcome.error}`,
      fix:
        'The key or your role may not grant this index pattern: ' +
        "check the key's search access and your remote_indices.",
    };
  }
  return {
    id: 'test_search',
    severity: 'ok',
    title: `Test search found ${outcome.hits} documents`,
    evidence: `${evidencePrefix}: hits.total: ${outcome.hits}`,
  };
}
