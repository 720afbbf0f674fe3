import type { DeploymentType } from '@/lib/deployments/schema';

/** How the key reaches every node's keystore, in one sentence, for where the local cluster runs. */
export function keystoreFix(alias: string, localType: DeploymentType = 'self-managed'): string {
  const setting = `cluster.remote.${alias}.credentials`;
  switch (localType) {
    case 'self-managed':
      return (
        `Put the encoded cross-cluster API key in every local node's keystore as ${setting} ` +
        `(bin/elasticsearch-keystore add ${setting}), then reload secure settings on all nodes.`
      );
    case 'eck':
      return (
        `Put the encoded cross-cluster API key in a Kubernetes Secret under the key ${setting} and list that Secret ` +
        "in the Elasticsearch resource's spec.secureSettings: ECK adds it to every node's keystore and reloads."
      );
    case 'ech':
    case 'ece':
      return (
        `Add the encoded cross-cluster API key to the deployment's keystore as ${setting}: on its Security page ` +
        `(Remote Connections > Add an API key, remote cluster name ${alias}) or with the Cloud API's ` +
        'PATCH /api/v1/deployments/{deployment_id}/elasticsearch/{ref_id}/keystore.'
      );
  }
}
