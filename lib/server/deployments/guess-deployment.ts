import 'server-only';
import type { Client } from '@elastic/elasticsearch';
import { guessDeployment, type DeploymentGuess, type NodeFacts } from '@/lib/deployments/guess';

interface RawNode {
  host?: string;
  attributes?: Record<string, string>;
  settings?: { cluster?: { name?: string }; network?: { publish_host?: string } };
}

/** The console's guess of where the cluster `es` talks to runs, from nodes info read as the caller. */
export async function readDeploymentGuess(es: Client): Promise<DeploymentGuess> {
  const info = (await es.nodes.info(
    {
      filter_path: [
        'nodes.*.host',
        'nodes.*.attributes',
        'nodes.*.settings.cluster.name',
        'nodes.*.settings.network.publish_host',
      ],
    },
    { requestTimeout: 10_000, maxRetries: 0 },
  )) as { nodes?: Record<string, RawNode> };
  const nodes: NodeFacts[] = Object.values(info.nodes ?? {}).map((node) => ({
    clusterName: node.settings?.cluster?.name,
    publishHost: node.settings?.network?.publish_host ?? node.host,
    attributes: node.attributes ?? {},
  }));
  return guessDeployment(nodes);
}
