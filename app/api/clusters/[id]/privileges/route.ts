import { privilegesRoute } from '@/lib/server/roles/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** The cluster's built-in privilege names (cluster, index, remote_cluster) and its version. */
export async function GET(request: Request, { params }: Context) {
  return privilegesRoute(request, (await params).id);
}
