import 'server-only';
import type { z } from 'zod';
import type {
  createdCrossClusterApiKeySchema,
  invalidationResultSchema,
} from '@/lib/openapi/models/cross-cluster-api-keys';
import { itemError } from '@/lib/http/item-error';
import type { Client, estypes } from '@elastic/elasticsearch';
import {
  deserializeCrossClusterApiKey,
  type CrossClusterApiKey,
  type RawApiKey,
} from '@/lib/cross-cluster-api-keys/model';
import type { CrossClusterApiKeyCreate, CrossClusterApiKeyUpdate } from '@/lib/cross-cluster-api-keys/schema';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import type { EsCredentials } from '@/lib/server/elasticsearch/credentials';
import { clusterVersionOf } from '@/lib/server/elasticsearch/version-aware-transport';
import { meets, ruleMessage, type VersionRuleId } from '@/lib/version-rules';
import { ApiError, describeError } from '@/lib/server/http/api-error';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';

export const KEY_NOT_FOUND = 'There is no cross-cluster API key with that id.';

/** The new key, the one time its secret leaves Elasticsearch: the console returns it once and keeps nothing. */
export type CreatedCrossClusterApiKey = z.output<typeof createdCrossClusterApiKeySchema>;

/**
 * Every cross-cluster API key the caller may see (all keys with manage_api_key or manage_security, their own
 * otherwise), newest first. GET _security/api_key filtered here rather than _query/api_key on `type`: the
 * query API evaluates `type` with a Painless script, which some distributions (Elastic's test zip) lack.
 */
export async function listCrossClusterApiKeys(
  { cluster, credentials }: ClusterTarget,
  now = new Date(),
): Promise<CrossClusterApiKey[]> {
  const response = await clientAs(cluster, credentials).security.getApiKey({ active_only: false });
  return (response.api_keys as RawApiKey[])
    .filter((key) => key.type === 'cross_cluster')
    .map((key) => deserializeCrossClusterApiKey(key, now))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function getCrossClusterApiKey(
  target: ClusterTarget,
  id: string,
  now = new Date(),
): Promise<CrossClusterApiKey> {
  const key = await fetchKey(target.es, id);
  return deserializeCrossClusterApiKey(key, now);
}

async function fetchKey(client: Client, id: string): Promise<RawApiKey> {
  const response = await client.security.getApiKey({ id }).catch((error: unknown) => {
    if (describeError(error).statusCode === 404) throw new ApiError(404, KEY_NOT_FOUND);
    throw error;
  });
  const key = (response.api_keys as RawApiKey[])[0];
  // The id of a REST API key is not a cross-cluster key: this route must never touch sessions' or tools' keys.
  if (!key || key.type !== 'cross_cluster') throw new ApiError(404, KEY_NOT_FOUND);
  return key;
}

/** 400 naming the rule (and the field, when one field is the cause) when the cluster's version is known to lack it. */
async function requireVersion(client: Client, rule: VersionRuleId, field?: string): Promise<void> {
  const version = await clusterVersionOf(client);
  if (!version || meets(version, rule)) return;
  const message = ruleMessage(rule, 'this cluster', version);
  throw new ApiError(400, message, field ? { fields: { [field]: message } } : undefined);
}

export async function createCrossClusterApiKey(
  { cluster }: ClusterTarget,
  credentials: EsCredentials,
  input: CrossClusterApiKeyCreate,
): Promise<CreatedCrossClusterApiKey> {
  const client = clientAs(cluster, credentials);
  await requireVersion(client, 'api_key_model');
  const created = await client.security.createCrossClusterApiKey({
    name: input.name,
    access: input.access,
    ...(input.expiration ? { expiration: input.expiration } : {}),
    ...(input.metadata ? { metadata: input.metadata } : {}),
  });
  return { id: created.id, name: created.name, expiration: created.expiration ?? null, encoded: created.encoded };
}

export async function updateCrossClusterApiKey(
  target: ClusterTarget,
  credentials: EsCredentials,
  id: string,
  input: CrossClusterApiKeyUpdate,
): Promise<CrossClusterApiKey> {
  const reader = target.es;
  await fetchKey(reader, id);
  if (input.expiration) await requireVersion(reader, 'key_expiration_update', 'expiration');
  // The client's type requires access, but Elasticsearch accepts an update of the metadata alone.
  const request = {
    id,
    ...(input.access ? { access: input.access } : {}),
    ...(input.metadata ? { metadata: input.metadata } : {}),
    ...(input.expiration ? { expiration: input.expiration } : {}),
  } as estypes.SecurityUpdateCrossClusterApiKeyRequest;
  await clientAs(target.cluster, credentials).security.updateCrossClusterApiKey(request);
  // updated:false means nothing changed; either way the key as it is now is the answer.
  return getCrossClusterApiKey(target, id);
}

export type InvalidationResult = z.output<typeof invalidationResultSchema>;

/** Only cross-cluster keys are invalidated here; any other id is reported as not found, and nothing is done to it. */
export async function invalidateCrossClusterApiKeys(target: ClusterTarget, ids: string[]): Promise<InvalidationResult> {
  const client = target.es;
  const checks = await Promise.all(
    ids.map((id) =>
      fetchKey(client, id).then(
        () => null,
        (error: unknown) => ({ id, error: describeError(error) }),
      ),
    ),
  );
  const errors = checks.flatMap((check) =>
    check ? [{ id: check.id, error: itemError(check.error.statusCode, check.error.message) }] : [],
  );
  const valid = ids.filter((id) => !errors.some((error) => error.id === id));
  if (valid.length === 0) return { invalidated: [], errors };
  const response = await client.security.invalidateApiKey({ ids: valid });
  const done = new Set([...response.invalidated_api_keys, ...response.previously_invalidated_api_keys]);
  // Elasticsearch's error details do not name the key they are about: every id not reported done gets them.
  const reason =
    (response.error_details ?? [])
      .map((detail) => detail.reason)
      .filter(Boolean)
      .join('; ') || 'Elasticsearch did not invalidate it';
  const notDone = valid.filter((id) => !done.has(id)).map((id) => ({ id, error: itemError(500, reason) }));
  return { invalidated: valid.filter((id) => done.has(id)), errors: [...errors, ...notDone] };
}
