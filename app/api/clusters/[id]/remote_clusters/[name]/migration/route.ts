import { forgetRoute, overviewRoute } from '@/lib/server/migration/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; name: string }> };

/** Where the migration of this remote to the API-key model stands (?remoteCluster=<id> for role suggestions). */
export async function GET(request: Request, { params }: Context) {
  const { id, name } = await params;
  return overviewRoute(request, id, name);
}

export async function DELETE(request: Request, { params }: Context) {
  const { id, name } = await params;
  return forgetRoute(request, id, name);
}
