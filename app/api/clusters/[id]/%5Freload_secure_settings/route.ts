// The folder is named %5F...: Next treats folders starting with "_" as private (not routed); %5F is its URL-encoded form.
import { reloadSecureSettingsRoute } from '@/lib/server/connect/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: Context) {
  return reloadSecureSettingsRoute(request, (await params).id);
}
