import 'server-only';
import { readDeploymentGuess } from '@/lib/server/deployments/guess-deployment';
import { errors, type Client } from '@elastic/elasticsearch';
import {
  diagnoseRemoteCluster,
  type Diagnosis,
  type ResolveOutcome,
  type TestSearchOutcome,
} from '@/lib/remote-clusters/diagnosis';
import { getConfig } from '@/lib/server/config';
import { clusterVersionOf } from '@/lib/server/elasticsearch/version-aware-transport';
import { describeError } from '@/lib/server/http/api-error';
import { meets, ruleMessage } from '@/lib/version-rules';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { getRemoteCluster } from '@/lib/server/remote-clusters/operations';
import { ownEntry } from '@/lib/own-entry';
import type { ResolveClusterEntry } from '@/lib/remote-clusters/sources';

const RESOLVE_TIMEOUT_SECONDS = 5;

/**
 * The findings behind the connect flow's last step, for one remote: a fresh read of its state (settings,
 * _remote/info, live check), _resolve/cluster/<alias>:* (which makes Elasticsearch contact the remote with
 * the key), and optionally a test search as the caller. Read-only.
 */
export async function diagnoseRemote(target: ClusterTarget, name: string, testIndex?: string): Promise<Diagnosis> {
  const remote = await getRemoteCluster(target, name);
  const client = target.es;
  const [resolve, testSearch, localDeploymentType] = await Promise.all([
    resolveRemote(client, name),
    testIndex ? searchRemote(client, name, testIndex) : undefined,
    // The fix for a missing key depends on where the keystore lives: the registry's word, else the guess.
    target.cluster.deployment?.type ??
      readDeploymentGuess(client).then(
        (guess) => guess.type,
        () => undefined,
      ),
  ]);
  // The registered clusters' HTTP endpoints, to recognise a seed that points at one of them.
  const httpAddresses = getConfig()
    .clusters.map((cluster) => new URL(cluster.url))
    .map((url) => `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`);
  return diagnoseRemoteCluster(remote, resolve, testSearch, { httpAddresses, localDeploymentType });
}

async function resolveRemote(client: Client, alias: string): Promise<ResolveOutcome> {
  const version = await clusterVersionOf(client);
  if (version && !meets(version, 'resolve_cluster'))
    return { notAvailable: ruleMessage('resolve_cluster', 'the local cluster', version) };
  // Before 8.18 Elasticsearch refuses the timeout parameter; the request's own timeout bounds the wait then.
  const timeout = meets(version, 'resolve_cluster_timeout') === false ? {} : { timeout: `${RESOLVE_TIMEOUT_SECONDS}s` };
  try {
    const entries = await client.indices.resolveCluster(
      { name: `${alias}:*`, ...timeout },
      { requestTimeout: (RESOLVE_TIMEOUT_SECONDS + 2) * 1000, maxRetries: 0 },
    );
    const entry = ownEntry(entries as Record<string, ResolveClusterEntry>, alias);
    return entry ? { entry } : { error: 'Elasticsearch did not report on this alias.' };
  } catch (error) {
    if (error instanceof errors.TimeoutError) return { error: `no answer within ${RESOLVE_TIMEOUT_SECONDS + 2} s` };
    return { error: describeError(error).message };
  }
}

interface ClusterDetails {
  status?: string;
  failures?: { reason?: { reason?: string; type?: string } }[];
}

/** A size-0 search counting the hits; a skipped or failed remote (skip_unavailable) is an error, not 0 hits. */
async function searchRemote(client: Client, alias: string, index: string): Promise<TestSearchOutcome> {
  try {
    const response = await client.search(
      { index: `${alias}:${index}`, size: 0, track_total_hits: true },
      { requestTimeout: 15_000, maxRetries: 0 },
    );
    const details = ownEntry(
      (response._clusters as { details?: Record<string, ClusterDetails> } | undefined)?.details,
      alias,
    );
    if (details && details.status !== 'successful') {
      const reason = details.failures?.[0]?.reason?.reason ?? `status ${details.status ?? 'unknown'}`;
      return { index, error: `the remote was ${details.status ?? 'not searched'}: ${reason}` };
    }
    const total = response.hits.total;
    return { index, hits: typeof total === 'number' ? total : (total?.value ?? 0) };
  } catch (error) {
    return { index, error: describeError(error).message };
  }
}
