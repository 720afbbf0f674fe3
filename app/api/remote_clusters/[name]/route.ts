import { defaultCluster } from '@/lib/server/config';
import { deleteRoute, getRoute, updateRoute } from '@/lib/server/remote-clusters/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ name: string }> };

export async function GET(request: Request, { params }: Context) {
  return getRoute(request, defaultCluster(), (await params).name);
}

export async function PUT(request: Request, { params }: Context) {
  return updateRoute(request, defaultCluster(), (await params).name);
}

/** DELETE /api/remote_clusters/a,b removes several at once (Kibana's contract). */
export async function DELETE(request: Request, { params }: Context) {
  return deleteRoute(request, defaultCluster(), (await params).name);
}
