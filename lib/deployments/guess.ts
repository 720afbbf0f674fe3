import type { DeploymentType } from './schema';

// What nodes info tells about where a cluster runs. ECK writes the resource name as cluster.name and publishes each
// Pod as <pod>.<name>-es-<nodeSet>.<namespace>.svc; Elastic Cloud nodes carry the platform's node attributes
// (region, instance_configuration, logical_availability_zone), and ECE's region is "ece-region" by default.

export interface NodeFacts {
  clusterName?: string;
  publishHost?: string;
  attributes: Record<string, string>;
}

export interface DeploymentGuess {
  type: DeploymentType;
  /** The fields the facts give (ECK's name and namespace); Cloud ids are not in nodes info. */
  fields: Record<string, string>;
  evidence: string;
}

const ECK_PUBLISH_HOST = /^[a-z0-9-]+\.([a-z0-9-]+)-es-[a-z0-9-]+\.([a-z0-9-]+)\.svc$/;
const CLOUD_ATTRIBUTES = ['instance_configuration', 'logical_availability_zone'];

export function guessDeployment(nodes: NodeFacts[]): DeploymentGuess {
  for (const node of nodes) {
    const eck = node.publishHost ? ECK_PUBLISH_HOST.exec(node.publishHost) : null;
    if (eck && (!node.clusterName || node.clusterName === eck[1])) {
      return {
        type: 'eck',
        fields: { name: eck[1]!, namespace: eck[2]! },
        evidence: `a node publishes ${node.publishHost}, the address ECK gives its Pods`,
      };
    }
    const cloud = CLOUD_ATTRIBUTES.find((attribute) => node.attributes[attribute] !== undefined);
    if (cloud) {
      const region = node.attributes.region ?? '';
      const ece = region.startsWith('ece-') || /\.ip\.es\.io$/.test(node.attributes.server_name ?? '');
      return {
        type: ece ? 'ece' : 'ech',
        fields: {},
        evidence:
          `nodes carry Elastic Cloud's node attribute ${cloud}` +
          (region ? ` and region ${region}${ece ? ", ECE's default region" : ''}` : ''),
      };
    }
  }
  return {
    type: 'self-managed',
    fields: {},
    evidence: 'nodes info shows none of the marks of ECK, Elastic Cloud Hosted or Elastic Cloud Enterprise',
  };
}
