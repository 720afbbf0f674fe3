import { diagnosisRoute } from '@/lib/server/connect/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; name: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id, name } = await params;
  return diagnosisRoute(request, id, name);
}
