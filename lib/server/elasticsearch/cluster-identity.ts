import type { Client } from '@elastic/elasticsearch';

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
export async function readClusterIdentity(client: Client): Promise<ClusterIdentity | undefined> {
  try {
    const info = await client.nodes.info({ filter_path: ['cluster_name', 'nodes.*.version'] });
    const versions = Object.values(info.nodes ?? {}).map((node) => node.version);
    const oldest = versions.sort(compareVersions)[0];
    return oldest ? { clusterName: info.cluster_name, version: oldest } : undefined;
  } catch {
    return undefined;
  }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  const pb = b.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
