import { routesAt } from '@/lib/server/api/registry';

export const { GET, PUT, DELETE } = routesAt('/api/clusters/{id}/cross_cluster_api_keys/{ids}');
