import 'server-only';
import { errors } from '@elastic/elasticsearch';
import type { SecurityAuthenticateResponse } from '@elastic/elasticsearch/lib/api/types';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { SignInErrorCode } from '@/lib/auth/sign-in-schema';
import { mayAnswer } from '@/lib/server/clusters/availability';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { readClusterIdentity } from '@/lib/server/elasticsearch/cluster-identity';
import type { SessionGrant } from './session-token';

export class SignInError extends Error {
  constructor(readonly code: SignInErrorCode) {
    super(code);
    this.name = 'SignInError';
  }
}

export const SESSION_KEY_NAME_PREFIX = 'remote-clusters-console-session';

/**
 * Checks the person's password against the cluster, then trades it for an Elasticsearch API key that
 * expires with the session and is invalidated at sign-out, so the password is not kept at all. People who
 * may not create API keys (no manage_own_api_key) keep a password session instead (see the README).
 */
export async function signInToCluster(
  cluster: RegisteredCluster,
  username: string,
  password: string,
  sessionSeconds: number,
  now: Date = new Date(),
): Promise<SessionGrant> {
  // A cluster this process knows to be silent would hold the sign-in for the client's whole timeout.
  if (!mayAnswer(cluster)) throw new SignInError('ClusterUnreachable');
  const passwordCredentials = { kind: 'basic', username, password } as const;
  const client = clientAs(cluster, passwordCredentials);
  let identity: SecurityAuthenticateResponse;
  try {
    identity = await client.security.authenticate();
  } catch (error) {
    throw new SignInError(classifySignInFailure(error));
  }

  const expiresAt = new Date(now.getTime() + sessionSeconds * 1000).toISOString();
  let credentials: SessionGrant['credentials'] = passwordCredentials;
  try {
    const key = await client.security.createApiKey({
      name: `${SESSION_KEY_NAME_PREFIX}:${identity.username}`,
      expiration: `${sessionSeconds}s`,
      metadata: { application: 'remote-clusters-console', purpose: 'sign-in session' },
    });
    credentials = { kind: 'api_key', id: key.id, encoded: key.encoded };
  } catch (error) {
    if (!(error instanceof errors.ResponseError && error.statusCode === 403)) {
      throw new SignInError(classifySignInFailure(error));
    }
  }

  const clusterIdentity = await readClusterIdentity(clientAs(cluster, credentials));
  return {
    credentials,
    session: {
      username: identity.username,
      fullName: identity.full_name ?? null,
      roles: identity.roles,
      clusterId: cluster.id,
      clusterDisplayName: cluster.displayName,
      clusterName: clusterIdentity?.clusterName ?? null,
      clusterVersion: clusterIdentity?.version ?? null,
      authMethod: credentials.kind === 'api_key' ? 'api_key' : 'password',
      expiresAt,
    },
  };
}

export function classifySignInFailure(error: unknown): SignInErrorCode {
  if (error instanceof errors.ResponseError && error.statusCode === 401) return 'CredentialsSignin';
  if (error instanceof errors.ConnectionError || error instanceof errors.TimeoutError) return 'ClusterUnreachable';
  return 'SignInFailed';
}

/** Best effort: an API key that cannot be invalidated still expires with the session. */
export async function endSession(cluster: RegisteredCluster, grant: SessionGrant): Promise<void> {
  if (grant.credentials.kind !== 'api_key') return;
  try {
    await clientAs(cluster, grant.credentials).security.invalidateApiKey({ ids: [grant.credentials.id] });
  } catch (error) {
    console.warn(
      `[auth] could not invalidate the session API key of ${grant.session.username}: ${(error as Error).name}`,
    );
  }
}
