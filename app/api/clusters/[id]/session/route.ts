import { routesAt } from '@/lib/server/api/registry';

export const { POST, DELETE } = routesAt('/api/clusters/{id}/session');
