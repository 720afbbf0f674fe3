import { signInToClusterRoute, signOutOfClusterRoute } from '@/lib/server/auth/cluster-session';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

/** Sign in to one more registered cluster within the browser session (body: username, password). */
export async function POST(request: Request, { params }: Context) {
  return signInToClusterRoute(request, (await params).id);
}

/** Sign out of a cluster signed in to later; the session's first cluster stays. */
export async function DELETE(request: Request, { params }: Context) {
  return signOutOfClusterRoute(request, (await params).id);
}
