import 'server-only';
import { NextResponse } from 'next/server';
import { clusterSignInSchema, SIGN_IN_ERRORS, type SignInErrorCode } from '@/lib/auth/sign-in-schema';
import { findCluster, getConfig } from '@/lib/server/config';
import { ApiError, toErrorResponse } from '@/lib/server/http/api-error';
import { readJsonBody } from '@/lib/server/http/json-body';
import { readSessionToken } from './read-session';
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
  SignInFailed: 500,
};

async function homeSession(request: Request) {
  const token = await readSessionToken();
  if (!token || grantsOf(token).size === 0) throw new ApiError(401, 'Sign in to the console first.');
  // Cookie-authenticated writes carry kbn-xsrf, as every other route requires (a cross-site form cannot).
  if (!request.headers.has('kbn-xsrf')) throw new ApiError(400, 'Request must contain a kbn-xsrf header.');
  return token;
}

function registered(clusterId: string) {
  const cluster = findCluster(clusterId);
  if (!cluster) throw new ApiError(404, `No cluster "${clusterId}" is registered with the console.`);
  return cluster;
}

export async function signInToClusterRoute(request: Request, clusterId: string): Promise<NextResponse> {
  try {
    const token = await homeSession(request);
    const cluster = registered(clusterId);
    if (token.grant?.session.clusterId === cluster.id)
      throw new ApiError(409, `You are already signed in to "${cluster.displayName}".`);
    const input = clusterSignInSchema.parse(await readJsonBody(request));
    const grant = await signInToCluster(
      cluster,
      input.username,
      input.password,
      getConfig().sessionMaxAgeSeconds,
    ).catch((error: unknown) => {
      if (error instanceof SignInError) throw new ApiError(STATUS_OF[error.code], SIGN_IN_ERRORS[error.code]);
      throw error;
    });
    const previous = grantsOf(token).get(cluster.id);
    if (previous) await endSession(cluster, previous);
    const response = NextResponse.json(toConsoleSession(grant), { headers: { 'Cache-Control': 'no-store' } });
    await writeSessionToken(response, withClusterGrant(token, grant));
    return response;
  } catch (error) {
    return toErrorResponse(error);
  }
}

export async function signOutOfClusterRoute(request: Request, clusterId: string): Promise<NextResponse> {
  try {
    const token = await homeSession(request);
    const cluster = registered(clusterId);
    if (token.grant?.session.clusterId === cluster.id) {
      throw new ApiError(
        400,
        `"${cluster.displayName}" is the cluster you signed in to first: sign out of the console instead.`,
      );
    }
    const grant = grantsOf(token).get(cluster.id);
    if (grant) await endSession(cluster, grant);
    const response = NextResponse.json({ signedOut: cluster.id }, { headers: { 'Cache-Control': 'no-store' } });
    await writeSessionToken(response, withoutClusterGrant(token, cluster.id));
    return response;
  } catch (error) {
    return toErrorResponse(error);
  }
}
