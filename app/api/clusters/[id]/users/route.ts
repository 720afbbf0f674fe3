import { createUserRoute, listUsersRoute } from '@/lib/server/roles/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  return listUsersRoute(request, (await params).id);
}

/** A new native user (body: username, password, roles, fullName, email); 409 when the name is taken. */
export async function POST(request: Request, { params }: Context) {
  return createUserRoute(request, (await params).id);
}
