import NextAuth from 'next-auth';
import type { RegisteredCluster } from '@/lib/config/schema';
import { authOptions } from '@/lib/server/auth/options';
import { answerWithoutOrphanKeys } from '@/lib/server/auth/orphan-keys';
import type { SessionGrant } from '@/lib/server/auth/session-token';

export const dynamic = 'force-dynamic';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so they always follow the validated configuration, and so the session keys this
// one request creates are known to it: they are revoked when its answer does not hand them to the person.
async function handler(request: Request, context: RouteContext) {
  const issued: Array<{ cluster: RegisteredCluster; grant: SessionGrant }> = [];
  const options = authOptions({ onGrantIssued: (cluster, grant) => issued.push({ cluster, grant }) });
  return answerWithoutOrphanKeys(issued, () => NextAuth(request as never, context as never, options));
}

export { handler as GET, handler as POST };
