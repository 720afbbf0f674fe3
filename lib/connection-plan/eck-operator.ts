import type { EckDeployment } from '@/lib/deployments/schema';
import { eckPatch } from './artifacts';
import { verifyStep } from './api-key-local';
import type { PlanInput, PlanStep } from './model';

// Both clusters are resources of one ECK operator: ECK does the API-key model itself. Enabling the remote cluster
// server on the remote and listing the remote in spec.remoteClusters of the local resource is all it takes: the
// operator creates the cross-cluster key on the remote, stores it in the local keystore and registers the remote.

type EckAccess = {
  search?: Record<string, unknown>;
  replication?: { names: string[] };
};

/** ECK's apiKey.access holds one search and one replication entry, where a key holds lists. */
function eckAccess(input: PlanInput): { access: EckAccess; dropped: number } {
  const [search, ...moreSearch] = input.access.search ?? [];
  const [replication, ...moreReplication] = input.access.replication ?? [];
  const access: EckAccess = {};
  if (search) {
    const { query } = search;
    access.search = {
      names: search.names,
      ...(query !== undefined ? { query } : {}),
      ...(search.field_security
        ? { field_security: { grant: search.field_security.grant ?? [], except: search.field_security.except ?? [] } }
        : {}),
      ...(search.allow_restricted_indices !== undefined
        ? { allow_restricted_indices: search.allow_restricted_indices }
        : {}),
    };
  }
  if (replication) access.replication = { names: replication.names };
  return { access, dropped: moreSearch.length + moreReplication.length };
}

export function eckOperatorSteps(input: PlanInput, local: EckDeployment, remote: EckDeployment): PlanStep[] {
  const { access, dropped } = eckAccess(input);
  const remoteCluster = {
    name: input.alias,
    elasticsearchRef: { name: remote.name, namespace: remote.namespace },
    apiKey: { access },
  };
  return [
    {
      id: 'remote-server',
      side: 'remote',
      title: 'Enable the remote cluster server',
      why:
        'The operator needs the remote cluster server on the remote resource; enabling it restarts the cluster. ' +
        'Inside Kubernetes the Service ECK creates is enough: nothing to expose.',
      artifacts: [
        eckPatch('Enable the remote cluster server', remote, { spec: { remoteClusterServer: { enabled: true } } }),
      ],
    },
    {
      id: 'local-remote-clusters',
      side: 'local',
      title: `List ${remote.name} as the remote ${input.alias}`,
      why:
        'ECK then creates the cross-cluster API key on the remote with this access, puts it in the local keystore ' +
        'and registers the remote: no key is handled by hand. A merge patch replaces the whole list: keep the ' +
        'remotes already in spec.remoteClusters in it.' +
        (input.accessAssumed ? ' No access was chosen: the plan grants search on every index; narrow it.' : '') +
        (dropped > 0 ? ` ECK takes one search and one replication entry: ${dropped} more entries are not in it.` : ''),
      artifacts: [
        eckPatch('Add the remote to spec.remoteClusters', local, { spec: { remoteClusters: [remoteCluster] } }),
      ],
    },
    verifyStep(input.alias),
  ];
}
