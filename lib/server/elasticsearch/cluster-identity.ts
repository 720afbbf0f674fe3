import type { Client } from '@elastic/elasticsearch';
import { compareVersions } from '@/lib/versions';

export interface ClusterIdentity {
  clusterName: string;
  /** The oldest node's version: what the whole cluster can do. */
  version: string;
}

/**
 * Reads the cluster's name and version from nodes info rather than GET /: the root endpoint lives in the
 * rest-root module, which some distributions (Elastic's test zip) leave out. Needs the monitor privilege;
 * without it the identity is unknown, which is not an error.
 */
export async function readClusterIdentity(client: Client, timeoutMs?: number): Promise<ClusterIdentity | undefined> {
  try {
    const info = await client.nodes.info(
      { filter_path: ['cluster_name', 'nodes.*.version'] },
      timeoutMs === undefined ? undefined : { requestTimeout: timeoutMs, maxRetries: 0 },
    );
    const versions = Object.values(info.nodes ?? {}).map((node) => node.version);
    const oldest = versions.sort(compareVersions)[0];
    return oldest ? { clusterName: info.cluster_name, version: oldest } : undefined;
  } catch {
    return undefined;
  }
}
