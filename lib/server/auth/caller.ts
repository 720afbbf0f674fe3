import 'server-only';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { EsCredentials } from '@/lib/server/elasticsearch/credentials';
import { ApiError } from '@/lib/server/http/api-error';
import { readSessionGrants } from './read-session';
import type { SessionGrant } from './session-token';

export interface Caller {
  credentials: EsCredentials;
  /** Present for browser sessions; absent for tools that sent their own Authorization header. */
  grant?: SessionGrant;
}

const PASSTHROUGH_SCHEMES = /^(Basic|ApiKey|Bearer) [A-Za-z0-9+/=._~-]+$/;

/** A tool's own Authorization header as credentials, undefined without one; 401 for any other scheme. */
export function headerCredentials(request: Request): EsCredentials | undefined {
  const authorization = request.headers.get('authorization');
  if (authorization === null) return undefined;
  if (!PASSTHROUGH_SCHEMES.test(authorization)) {
    throw new ApiError(401, 'The Authorization header must use the Basic, ApiKey or Bearer scheme.');
  }
  return { kind: 'header', value: authorization };
}

/**
 * Who is calling, for one registered cluster: a tool's own Authorization header (Basic, ApiKey, Bearer,
 * used as is, so Elasticsearch enforces the tool's privileges), or else the browser session's grant for that
 * cluster (the home cluster's, or one signed in to later). The kbn-xsrf rule for cookie writes is applied by the
 * operation runner (lib/server/api/serve-operation.ts) to every route in one place.
 */
export async function resolveCaller(request: Request, cluster: RegisteredCluster): Promise<Caller> {
  const sent = headerCredentials(request);
  if (sent) return { credentials: sent };
  const grants = await readSessionGrants();
  if (grants.size === 0) throw new ApiError(401, 'Sign in, or send an Authorization header (Basic, ApiKey or Bearer).');
  const grant = grants.get(cluster.id);
  if (!grant) {
    // The browser offers a sign-in to that cluster when it sees attributes.signInRequired.
    throw new ApiError(
      401,
      `You are not signed in to "${cluster.displayName}". Sign in to it as a user of that cluster.`,
      {
        signInRequired: { clusterId: cluster.id, displayName: cluster.displayName },
      },
    );
  }
  return { credentials: grant.credentials, grant };
}
