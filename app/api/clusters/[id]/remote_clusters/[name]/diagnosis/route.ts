import { routesAt } from '@/lib/server/api/registry';

export const { GET } = routesAt('/api/clusters/{id}/remote_clusters/{name}/diagnosis');
