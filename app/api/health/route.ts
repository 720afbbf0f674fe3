import { NextResponse } from 'next/server';
import { defaultCluster, findCluster, getConfig } from '@/lib/server/config';
import { resolveCaller } from '@/lib/server/auth/caller';
import { readSessionGrant } from '@/lib/server/auth/read-session';
import { clusterDetail, probeCluster } from '@/lib/server/health';
import { toErrorResponse } from '@/lib/server/http/api-error';

export const dynamic = 'force-dynamic';

/**
 * Liveness for anyone: the app answers, and which registered clusters answer (ids and names only).
 * Signed-in callers also get their cluster's name, version and health, read with their own credentials;
 * a tool's Authorization header applies to the default cluster.
 */
export async function GET(request: Request) {
  try {
    const clusters = await Promise.all(getConfig().clusters.map(probeCluster));
    const body: Record<string, unknown> = { status: 'ok', clusters };
    const hasHeader = request.headers.has('authorization');
    const grant = hasHeader ? null : await readSessionGrant();
    if (hasHeader || grant) {
      const cluster = (grant && findCluster(grant.session.clusterId)) || defaultCluster();
      const caller = await resolveCaller(request, cluster);
      body.signedIn = { clusterId: cluster.id, ...(await clusterDetail(cluster, caller.credentials)) };
    }
    return NextResponse.json(body, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
