import { actionRoute } from '@/lib/server/migration/handlers';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string; name: string; action: string }> };

/** One step (snapshot, pause_tasks, update_roles, remove_remote, credentials, add_remote, verify, resume_tasks) or rollback; ?dryRun=true plans only. */
export async function POST(request: Request, { params }: Context) {
  const { id, name, action } = await params;
  return actionRoute(request, id, name, action);
}
