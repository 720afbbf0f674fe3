import { assignRoleRoute } from '@/lib/server/roles/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; name: string }> };

/** Adds the role to an existing native user (body: username). */
export async function POST(request: Request, { params }: Context) {
  const { id, name } = await params;
  return assignRoleRoute(request, id, name);
}
