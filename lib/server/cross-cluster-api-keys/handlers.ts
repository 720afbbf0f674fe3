import 'server-only';
import { z } from 'zod';
import { crossClusterApiKeyCreateSchema, crossClusterApiKeyUpdateSchema } from '@/lib/cross-cluster-api-keys/schema';
import { clusterRoute, type ClusterRef } from '@/lib/server/http/cluster-route';
import { readJsonBody } from '@/lib/server/http/json-body';
import {
  createCrossClusterApiKey,
  getCrossClusterApiKey,
  invalidateCrossClusterApiKeys,
  listCrossClusterApiKeys,
  updateCrossClusterApiKey,
} from './operations';
import { ownerCredentials } from './owner-credentials';

// /api/clusters/{id}/cross_cluster_api_keys[/{ids}]: list, create, get, update, invalidate. Input is parsed
// before anything reaches Elasticsearch; the new key's secret is in the create response and nowhere else.

const keyIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an API key id (letters, digits, "_" and "-")');
const idsSchema = z.object({
  ids: z.array(keyIdSchema).min(1, 'must list 1 to 200 key ids').max(200, 'must list 1 to 200 key ids'),
});
const oneIdSchema = z.object({ id: keyIdSchema });

function parseIds(raw: string): string[] {
  return idsSchema.parse({
    ids: raw
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  }).ids;
}

export function listRoute(request: Request, ref: ClusterRef) {
  return clusterRoute(request, ref, (target) => listCrossClusterApiKeys(target));
}

export function createRoute(request: Request, ref: ClusterRef) {
  return clusterRoute(request, ref, async (target) => {
    const { body, credentials } = ownerCredentials(target, await readJsonBody(request));
    return createCrossClusterApiKey(target, credentials, crossClusterApiKeyCreateSchema.parse(body));
  });
}

export function getRoute(request: Request, ref: ClusterRef, rawId: string) {
  return clusterRoute(request, ref, (target) => getCrossClusterApiKey(target, oneIdSchema.parse({ id: rawId }).id));
}

export function updateRoute(request: Request, ref: ClusterRef, rawId: string) {
  return clusterRoute(request, ref, async (target) => {
    const { id } = oneIdSchema.parse({ id: rawId });
    const { body, credentials } = ownerCredentials(target, await readJsonBody(request));
    return updateCrossClusterApiKey(target, credentials, id, crossClusterApiKeyUpdateSchema.parse(body));
  });
}

/** DELETE /{a,b,...}: invalidates; 200 with what was invalidated and a per-id error for the rest. */
export function invalidateRoute(request: Request, ref: ClusterRef, rawIds: string) {
  return clusterRoute(request, ref, (target) => invalidateCrossClusterApiKeys(target, parseIds(rawIds)));
}
