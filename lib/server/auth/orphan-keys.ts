import 'server-only';
import type { RegisteredCluster } from '@/lib/config/schema';
import { ApiError, toErrorResponse } from '@/lib/server/http/api-error';
import { sessionCookie } from './session-cookie';
import { endSession } from './sign-in';
import type { SessionGrant } from './session-token';

interface IssuedGrant {
  cluster: RegisteredCluster;
  grant: SessionGrant;
}

function setsSessionCookie(response: Response): boolean {
  const name = `${sessionCookie().name}=`;
  return response.headers.getSetCookie().some((cookie) => cookie.startsWith(name));
}

/**
 * A sign-in creates its session API key before next-auth has written the cookie that carries it. When the answer
 * then fails (or carries no session cookie), nobody holds the key, yet it would stay valid for the whole session
 * length: it is invalidated here, and a failure becomes a JSON error rather than an unlogged 500.
 */
export async function answerWithoutOrphanKeys(
  issued: IssuedGrant[],
  answer: () => Promise<Response>,
): Promise<Response> {
  const revokeIssued = () => Promise.all(issued.map(({ cluster, grant }) => endSession(cluster, grant)));
  let response: Response;
  try {
    response = await answer();
  } catch (error) {
    await revokeIssued();
    console.error(`[auth] the sign-in answer failed: ${(error as Error).name}: ${(error as Error).message}`);
    const failure = new ApiError(
      400,
      'The sign-in request could not be completed. Sign in again from the sign-in page.',
    );
    return toErrorResponse(failure);
  }
  if (issued.length > 0 && (response.status >= 500 || !setsSessionCookie(response))) await revokeIssued();
  return response;
}
