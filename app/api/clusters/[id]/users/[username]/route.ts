import { routesAt } from '@/lib/server/api/registry';

export const { GET, POST, PUT, PATCH, DELETE } = routesAt('/api/clusters/{id}/users/{username}');
