import 'server-only';
import { NextResponse } from 'next/server';
import type { JWT } from 'next-auth/jwt';
import { SIGN_IN_ERRORS, type ClusterSignInInput, type SignInErrorCode } from '@/lib/auth/sign-in-schema';
import type { RegisteredCluster } from '@/lib/config/schema';
import { getConfig } from '@/lib/server/config';
import { ApiError } from '@/lib/server/http/api-error';
import { grantsOf, withClusterGrant, withoutClusterGrant } from './session-grants';
import { toConsoleSession } from './session-token';
import { endSession, SignInError, signInToCluster } from './sign-in';
import { writeSessionToken } from './write-session';

// Signing in to a further cluster from inside a session (the remote's administrator, for the connect flow).
// The home cluster's sign-in stays as it was; the new cluster's grant joins it in the same encrypted cookie.

const STATUS_OF: Record<SignInErrorCode, number> = {
  CredentialsSignin: 401,
  ClusterUnreachable: 502,
  UnknownCluster: 404,
  InvalidInput: 400,
  // Elasticsearch failed in a way the sign-in cannot name: the upstream's failure, not the console's.
  SignInFailed: 502,
};

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Sign in to one more registered cluster; the runner has checked the session and kbn-xsrf already. */
export async function signInToAnotherCluster(session: JWT, cluster: RegisteredCluster, body: ClusterSignInInput) {
  if (session.grant?.session.clusterId === cluster.id) {
    throw new ApiError(409, `You are already signed in to "${cluster.displayName}".`);
  }
  const grant = await signInToCluster(cluster, body.username, body.password, getConfig().sessionMaxAgeSeconds).catch(
    (error: unknown) => {
      if (error instanceof SignInError) throw new ApiError(STATUS_OF[error.code], SIGN_IN_ERRORS[error.code]);
      throw error;
    },
  );
  const response = NextResponse.json(toConsoleSession(grant), { headers: NO_STORE });
  try {
    await writeSessionToken(response, withClusterGrant(session, grant));
  } catch (error) {
    // The cookie could not carry the new grant (too large, say): nobody holds its key, so it goes now.
    await endSession(cluster, grant);
    throw error;
  }
  const previous = grantsOf(session).get(cluster.id);
  if (previous) await endSession(cluster, previous);
  return response;
}

/** Sign out of a cluster signed in to later; the session's first cluster stays. */
export async function signOutOfAnotherCluster(session: JWT, cluster: RegisteredCluster) {
  if (session.grant?.session.clusterId === cluster.id) {
    throw new ApiError(
      400,
      `"${cluster.displayName}" is the cluster you signed in to first: sign out of the console instead.`,
    );
  }
  const grant = grantsOf(session).get(cluster.id);
  if (grant) await endSession(cluster, grant);
  const response = NextResponse.json({ signedOut: cluster.id }, { headers: NO_STORE });
  await writeSessionToken(response, withoutClusterGrant(session, cluster.id));
  return response;
}
