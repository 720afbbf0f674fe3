'use client';
import { useMemo } from 'react';
import useSWR from 'swr';
import { apiPath } from '@/lib/api/paths';
import type { ApiRequestError } from '@/lib/http/fetch-json';
import type { RemoteCluster } from '@/lib/remote-clusters/model';

/**
 * The aliases the cluster already has, so a taken name is said at the Name field rather than by the save's 409.
 * The quick read (no live connection check) is enough for names; while it loads, or if it fails, nothing is
 * refused here and the server's answer still decides.
 */
export function useExistingRemoteNames(clusterId: string, enabled: boolean): ReadonlySet<string> {
  const { data } = useSWR<RemoteCluster[], ApiRequestError>(
    enabled ? apiPath('remoteClusters', { id: clusterId }, { live: false }) : null,
    { revalidateOnFocus: false },
  );
  return useMemo(() => new Set((data ?? []).map((remote) => remote.name)), [data]);
}
