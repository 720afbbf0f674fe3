import { routesAt } from '@/lib/server/api/registry';

export const { POST } = routesAt('/api/clusters/{id}/roles/{name}/assignments');
