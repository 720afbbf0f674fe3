import { deleteRolesRoute, getRoleRoute, putRoleRoute } from '@/lib/server/roles/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; name: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id, name } = await params;
  return getRoleRoute(request, id, name);
}

export async function PUT(request: Request, { params }: Context) {
  const { id, name } = await params;
  return putRoleRoute(request, id, name);
}

/** DELETE /roles/{a,b}: 200 with what was deleted and a per-name error for the rest. */
export async function DELETE(request: Request, { params }: Context) {
  const { id, name } = await params;
  return deleteRolesRoute(request, id, name);
}
