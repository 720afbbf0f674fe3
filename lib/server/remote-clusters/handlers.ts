import 'server-only';
import { z } from 'zod';
import {
  remoteClusterCreateSchema,
  remoteClusterNameSchema,
  remoteClusterUpdateSchema,
} from '@/lib/remote-clusters/schema';
import { ApiError } from '@/lib/server/http/api-error';
import { clusterRoute, type ClusterRef } from '@/lib/server/http/cluster-route';
import { readJsonBody } from '@/lib/server/http/json-body';
import {
  createRemoteCluster,
  deleteRemoteClusters,
  getRemoteCluster,
  listRemoteClusters,
  updateRemoteCluster,
} from './operations';

// The HTTP side of the remote-cluster routes, shared by /api/remote_clusters (the default cluster, Kibana's
// paths) and /api/clusters/{id}/remote_clusters. Order: who is calling, what they sent, then Elasticsearch,
// so invalid input never reaches the cluster.

/** Path segments arrive decoded from Next, but a client may have encoded the comma list twice. */
function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

// Through zod like every other input, so a bad name gets the same 400 with attributes.fields.name.
const pathNameSchema = z.object({ name: remoteClusterNameSchema });

export function parseName(raw: string): string {
  return pathNameSchema.parse({ name: decoded(raw) }).name;
}

/**
 * A manual refresh asks for a read made now rather than the one shared within the refresh interval. Only the
 * explicit parameter counts: browsers send Cache-Control: no-cache on their own, which would defeat the sharing.
 */
function wantsFresh(request: Request): boolean {
  return new URL(request.url).searchParams.get('refresh') === 'true';
}

/** ?live=false: settings and _remote/info only, for a first paint that must not wait for the live check. */
function skipsLiveCheck(request: Request): boolean {
  return new URL(request.url).searchParams.get('live') === 'false';
}

export function listRoute(request: Request, ref: ClusterRef) {
  return clusterRoute(request, ref, async ({ cluster, credentials }) => {
    return listRemoteClusters({ cluster, credentials }, { fresh: wantsFresh(request), live: !skipsLiveCheck(request) });
  });
}

export function createRoute(request: Request, ref: ClusterRef) {
  return clusterRoute(request, ref, async ({ cluster, credentials }) => {
    const remote = remoteClusterCreateSchema.parse(await readJsonBody(request));
    return createRemoteCluster({ cluster, credentials }, remote);
  });
}

export function getRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, async ({ cluster, credentials }) => {
    return getRemoteCluster({ cluster, credentials }, parseName(rawName));
  });
}

export function updateRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, async ({ cluster, credentials }) => {
    const name = parseName(rawName);
    const remote = remoteClusterUpdateSchema.parse(await readJsonBody(request));
    return updateRemoteCluster({ cluster, credentials }, name, remote);
  });
}

export function deleteRoute(request: Request, ref: ClusterRef, rawNames: string) {
  return clusterRoute(request, ref, async ({ cluster, credentials }) => {
    const names = decoded(rawNames)
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    if (names.length === 0 || names.length > 200)
      throw new ApiError(400, 'Invalid request: names: must list 1 to 200 remote cluster names');
    names.forEach(parseName);
    return deleteRemoteClusters({ cluster, credentials }, names);
  });
}
