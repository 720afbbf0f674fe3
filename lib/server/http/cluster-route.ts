import 'server-only';
import { NextResponse } from 'next/server';
import type { RegisteredCluster } from '@/lib/config/schema';
import { resolveCaller, type Caller } from '@/lib/server/auth/caller';
import { findCluster } from '@/lib/server/config';
import { ApiError, toErrorResponse } from './api-error';

const NO_STORE = { 'Cache-Control': 'no-store' };

export type ClusterRef = RegisteredCluster | string;

export interface ClusterTarget extends Caller {
  cluster: RegisteredCluster;
}

export function targetCluster(ref: ClusterRef): RegisteredCluster {
  if (typeof ref !== 'string') return ref;
  const cluster = findCluster(ref);
  if (!cluster) throw new ApiError(404, `No cluster "${ref}" is registered with the console.`);
  return cluster;
}

/** JSON out, never cached, and every error through the one error format. */
export async function respond(work: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return NextResponse.json(await work(), { headers: NO_STORE });
  } catch (error) {
    return toErrorResponse(error);
  }
}

/**
 * The shape of every cluster-scoped route: which registered cluster, who is calling it (their own header or
 * their session's sign-in there, kbn-xsrf on cookie writes), then the work, which parses its input before
 * anything reaches Elasticsearch.
 */
export function clusterRoute(
  request: Request,
  ref: ClusterRef,
  work: (target: ClusterTarget) => Promise<unknown>,
): Promise<NextResponse> {
  return respond(async () => {
    const cluster = targetCluster(ref);
    const caller = await resolveCaller(request, cluster);
    return work({ ...caller, cluster });
  });
}
