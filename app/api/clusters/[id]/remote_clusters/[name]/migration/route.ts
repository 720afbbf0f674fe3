import { routesAt } from '@/lib/server/api/registry';

export const { GET, DELETE } = routesAt('/api/clusters/{id}/remote_clusters/{name}/migration');
