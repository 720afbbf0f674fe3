import 'server-only';
import { z } from 'zod';
import type { EsCredentials } from '@/lib/server/elasticsearch/credentials';
import { ApiError } from '@/lib/server/http/api-error';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';

// Elasticsearch creates and updates cross-cluster API keys only for a user's own credentials, never for an API
// key ("authentication via API key not supported"). A browser session normally holds an API key, so the person
// confirms with their password, which is used for that one request and kept nowhere.

const ownerPasswordSchema = z.object({
  password: z.string().min(1, 'enter your password').max(1024, 'must be at most 1024 characters').optional(),
});

export const PASSWORD_NEEDED =
  'Elasticsearch creates and updates cross-cluster API keys ' +
  "only with a user's own credentials, not with the API " +
  'key of your console session: enter your password for ' +
  'this cluster (used for this request only, never stored).';

/** The body without its password, and the credentials to create or update the key with. */
export function ownerCredentials(target: ClusterTarget, body: unknown): { body: unknown; credentials: EsCredentials } {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { body, credentials: target.credentials };
  const { password: rawPassword, ...rest } = body as Record<string, unknown>;
  const { password } = ownerPasswordSchema.parse({ password: rawPassword });
  const grant = target.grant;
  if (!grant || grant.credentials.kind !== 'api_key') return { body: rest, credentials: target.credentials };
  if (!password)
    throw new ApiError(400, `Invalid request: password: ${PASSWORD_NEEDED}`, { fields: { password: PASSWORD_NEEDED } });
  return { body: rest, credentials: { kind: 'basic', username: grant.session.username, password } };
}
