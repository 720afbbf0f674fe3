import { KEY_SEARCH_PRIVILEGES } from '@/lib/cross-cluster-api-keys/access-privileges';
import type { RoleBodyInput } from './schema';

// The two roles of Elastic's documentation on remote cluster setup, for one remote alias and index patterns.
// With the API-key model the cross-cluster API key bounds both: the role can only narrow what the key grants.

export function crossClusterSearchTemplate(remote: string, names: string[]): RoleBodyInput {
  return {
    description: `Search ${names.join(', ')} on ${remote} from this cluster.`,
    cluster: [],
    indices: [],
    remote_indices: [{ clusters: [remote], names, privileges: [...KEY_SEARCH_PRIVILEGES] }],
  };
}

export function crossClusterReplicationTemplate(remote: string, names: string[]): RoleBodyInput {
  return {
    description: `Replicate ${names.join(', ')} from ${remote} into follower indices on this cluster.`,
    cluster: ['manage_ccr'],
    indices: [],
    remote_indices: [{ clusters: [remote], names, privileges: ['cross_cluster_replication'] }],
  };
}
