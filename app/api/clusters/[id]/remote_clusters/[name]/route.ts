import { deleteRoute, getRoute, updateRoute } from '@/lib/server/remote-clusters/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; name: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id, name } = await params;
  return getRoute(request, id, name);
}

export async function PUT(request: Request, { params }: Context) {
  const { id, name } = await params;
  return updateRoute(request, id, name);
}

export async function DELETE(request: Request, { params }: Context) {
  const { id, name } = await params;
  return deleteRoute(request, id, name);
}
