import 'server-only';
import type { Client } from '@elastic/elasticsearch';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { Caller } from '@/lib/server/auth/caller';
import { findCluster } from '@/lib/server/config';
import { ApiError } from './api-error';

/** A registered cluster and who is calling it there: what every cluster-scoped operation works with. */
export interface ClusterTarget extends Caller {
  cluster: RegisteredCluster;
  /**
   * The client for this request, as the caller (Kibana's asCurrentUser): the cluster's connection pool with the
   * caller's credentials, made once by the operation runner. Server code reads and writes through it, so a unit
   * test can hand it a stand-in answering with responses recorded from a real cluster.
   */
  es: Client;
}

/** The one cluster lookup: a registered cluster by id, or 404. */
export function targetCluster(id: string): RegisteredCluster {
  const cluster = findCluster(id);
  if (!cluster) throw new ApiError(404, `No cluster "${id}" is registered with the console.`);
  return cluster;
}
