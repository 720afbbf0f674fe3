import { createRoleRoute, listRolesRoute } from '@/lib/server/roles/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  return listRolesRoute(request, (await params).id);
}

export async function POST(request: Request, { params }: Context) {
  return createRoleRoute(request, (await params).id);
}
