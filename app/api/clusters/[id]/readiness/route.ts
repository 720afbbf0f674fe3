import { readinessRoute } from '@/lib/server/connect/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  return readinessRoute(request, (await params).id);
}
