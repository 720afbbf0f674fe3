import { routesAt } from '@/lib/server/api/registry';

export const { GET, PUT, DELETE } = routesAt('/api/remote_clusters/{name}');
