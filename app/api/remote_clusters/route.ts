import { defaultCluster } from '@/lib/server/config';
import { createRoute, listRoute } from '@/lib/server/remote-clusters/handlers';

// Kibana's paths, acting on the default registered cluster.
export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return listRoute(request, defaultCluster());
}

export function POST(request: Request) {
  return createRoute(request, defaultCluster());
}
