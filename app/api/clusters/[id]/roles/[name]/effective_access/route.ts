import { effectiveAccessRoute } from '@/lib/server/roles/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; name: string }> };

/** ?remote=<alias>&keyCluster=<registered id>&keyId=<cross-cluster API key id> */
export async function GET(request: Request, { params }: Context) {
  const { id, name } = await params;
  return effectiveAccessRoute(request, id, name);
}
