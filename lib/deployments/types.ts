// Where a cluster runs: the four types the console gives instructions for (lib/deployments/schema.ts checks them).

export const DEPLOYMENT_TYPES = ['self-managed', 'eck', 'ech', 'ece'] as const;
export type DeploymentType = (typeof DEPLOYMENT_TYPES)[number];

export const DEPLOYMENT_TYPE_LABELS: Record<DeploymentType, string> = {
  'self-managed': 'Self-managed',
  eck: 'Elastic Cloud on Kubernetes (ECK)',
  ech: 'Elastic Cloud Hosted (ECH)',
  ece: 'Elastic Cloud Enterprise (ECE)',
};

/** The Elasticsearch resource's ref id a Cloud deployment gets unless someone chose another. */
export const DEFAULT_CLOUD_REF_ID = 'main-elasticsearch';
