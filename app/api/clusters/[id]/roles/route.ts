import { routesAt } from '@/lib/server/api/registry';

export const { GET, POST } = routesAt('/api/clusters/{id}/roles');
