import 'server-only';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { Caller } from '@/lib/server/auth/caller';
import { findCluster } from '@/lib/server/config';
import { ApiError } from './api-error';

/** A registered cluster and who is calling it there: what every cluster-scoped operation works with. */
export interface ClusterTarget extends Caller {
  cluster: RegisteredCluster;
}

/** The one cluster lookup: a registered cluster by id, or 404. */
export function targetCluster(id: string): RegisteredCluster {
  const cluster = findCluster(id);
  if (!cluster) throw new ApiError(404, `No cluster "${id}" is registered with the console.`);
  return cluster;
}
