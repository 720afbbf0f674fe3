import { createRoute, listRoute } from '@/lib/server/cross-cluster-api-keys/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  return listRoute(request, (await params).id);
}

export async function POST(request: Request, { params }: Context) {
  return createRoute(request, (await params).id);
}
