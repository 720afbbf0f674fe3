import { NextResponse } from 'next/server';
import { readSessionGrants } from '@/lib/server/auth/read-session';
import { listRegisteredClusters } from '@/lib/server/clusters/list-clusters';
import { ApiError, toErrorResponse } from '@/lib/server/http/api-error';

export const dynamic = 'force-dynamic';

/** The registered clusters, their reachability, and for each whether this session is signed in there. */
export async function GET(request: Request) {
  try {
    const headerCaller = request.headers.has('authorization');
    const grants = headerCaller ? new Map() : await readSessionGrants();
    if (!headerCaller && grants.size === 0)
      throw new ApiError(401, 'Sign in, or send an Authorization header (Basic, ApiKey or Bearer).');
    return NextResponse.json(await listRegisteredClusters(grants), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
