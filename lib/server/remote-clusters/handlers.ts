import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import type { RegisteredCluster } from '@/lib/config/schema';
import { remoteClusterCreateSchema, remoteClusterNameSchema, remoteClusterUpdateSchema } from '@/lib/remote-clusters/schema';
import { resolveCaller } from '@/lib/server/auth/caller';
import { findCluster } from '@/lib/server/config';
import { ApiError, toErrorResponse } from '@/lib/server/http/api-error';
import { readJsonBody } from '@/lib/server/http/json-body';
import { createRemoteCluster, deleteRemoteClusters, getRemoteCluster, listRemoteClusters, updateRemoteCluster } from './operations';

// The HTTP side of the remote-cluster routes, shared by /api/remote_clusters (the default cluster, Kibana's
// paths) and /api/clusters/{id}/remote_clusters. Order: who is calling, what they sent, then Elasticsearch,
// so invalid input never reaches the cluster.

const NO_STORE = { 'Cache-Control': 'no-store' };
type ClusterRef = RegisteredCluster | string;

function targetCluster(ref: ClusterRef): RegisteredCluster {
  if (typeof ref !== 'string') return ref;
  const cluster = findCluster(ref);
  if (!cluster) throw new ApiError(404, `No cluster "${ref}" is registered with the console.`);
  return cluster;
}

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

function parseName(raw: string): string {
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

async function respond(work: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return NextResponse.json(await work(), { headers: NO_STORE });
  } catch (error) {
    return toErrorResponse(error);
  }
}

export function listRoute(request: Request, ref: ClusterRef) {
  return respond(async () => {
    const cluster = targetCluster(ref);
    const { credentials } = await resolveCaller(request, cluster);
    return listRemoteClusters({ cluster, credentials }, { fresh: wantsFresh(request), live: !skipsLiveCheck(request) });
  });
}

export function createRoute(request: Request, ref: ClusterRef) {
  return respond(async () => {
    const cluster = targetCluster(ref);
    const { credentials } = await resolveCaller(request, cluster);
    const remote = remoteClusterCreateSchema.parse(await readJsonBody(request));
    return createRemoteCluster({ cluster, credentials }, remote);
  });
}

export function getRoute(request: Request, ref: ClusterRef, rawName: string) {
  return respond(async () => {
    const cluster = targetCluster(ref);
    const { credentials } = await resolveCaller(request, cluster);
    // One remote is read before an edit: it must show what is in the cluster now, not the shared list read.
    return getRemoteCluster({ cluster, credentials }, parseName(rawName), { fresh: true });
  });
}

export function updateRoute(request: Request, ref: ClusterRef, rawName: string) {
  return respond(async () => {
    const cluster = targetCluster(ref);
    const { credentials } = await resolveCaller(request, cluster);
    const name = parseName(rawName);
    const remote = remoteClusterUpdateSchema.parse(await readJsonBody(request));
    return updateRemoteCluster({ cluster, credentials }, name, remote);
  });
}

export function deleteRoute(request: Request, ref: ClusterRef, rawNames: string) {
  return respond(async () => {
    const cluster = targetCluster(ref);
    const { credentials } = await resolveCaller(request, cluster);
    const names = decoded(rawNames).split(',').map((name) => name.trim()).filter(Boolean);
    if (names.length === 0 || names.length > 200) throw new ApiError(400, 'Invalid request: names: must list 1 to 200 remote cluster names');
    names.forEach(parseName);
    return deleteRemoteClusters({ cluster, credentials }, names);
  });
}
