import { reloadSecureSettingsRoute } from '@/lib/server/connect/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  return reloadSecureSettingsRoute(request, (await params).id);
}
