import { getRoute, invalidateRoute, updateRoute } from '@/lib/server/cross-cluster-api-keys/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; ids: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id, ids } = await params;
  return getRoute(request, id, ids);
}

export async function PUT(request: Request, { params }: Context) {
  const { id, ids } = await params;
  return updateRoute(request, id, ids);
}

export async function DELETE(request: Request, { params }: Context) {
  const { id, ids } = await params;
  return invalidateRoute(request, id, ids);
}
