'use client';
import useSWR from 'swr';
import { fetchJson, type ApiRequestError } from '@/lib/http/fetch-json';
import type { RemoteCluster } from '@/lib/remote-clusters/model';

export function remoteClustersUrl(clusterId: string): string {
  return `/api/clusters/${encodeURIComponent(clusterId)}/remote_clusters`;
}

/**
 * The remote clusters of one registered cluster, polled every `refreshIntervalMs` while the tab is visible
 * (SWR pauses in background tabs and revalidates on focus). `refresh()` asks the server for a read made now
 * instead of the read it shares between callers within the interval.
 */
export function useRemoteClusters(clusterId: string, refreshIntervalMs: number) {
  const url = remoteClustersUrl(clusterId);
  const swr = useSWR<RemoteCluster[], ApiRequestError>(url, (key: string) => fetchJson<RemoteCluster[]>(key), {
    refreshInterval: refreshIntervalMs,
    refreshWhenHidden: false,
    keepPreviousData: true,
  });
  const refresh = () => swr.mutate(fetchJson<RemoteCluster[]>(`${url}?refresh=true`), { revalidate: false });
  return { ...swr, refresh };
}
