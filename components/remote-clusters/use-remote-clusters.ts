'use client';
import useSWR from 'swr';
import { apiPath } from '@/lib/api/paths';
import { useLoadedAt } from '@/components/api/use-loaded-at';
import { fetchJson, type ApiRequestError } from '@/lib/http/fetch-json';
import type { RemoteCluster } from '@/lib/remote-clusters/model';

/**
 * The remote clusters of one registered cluster, polled every `refreshIntervalMs` while the tab is visible
 * (SWR pauses in background tabs and revalidates on focus). The first paint comes from a quick read without
 * the live connection check (an unreachable remote can hold that check for its whole timeout); the polled,
 * live list replaces it as soon as it arrives. When the server rendered the page with its first rows, those are the
 * quick read. `refresh()` asks for a read made now instead of the shared one.
 */
export function useRemoteClusters(clusterId: string, refreshIntervalMs: number, firstRows?: RemoteCluster[]) {
  const url = apiPath('remoteClusters', { id: clusterId });
  const { loadedAt, onSuccess } = useLoadedAt();
  const live = useSWR<RemoteCluster[], ApiRequestError>(url, {
    refreshInterval: refreshIntervalMs,
    refreshWhenHidden: false,
    keepPreviousData: true,
    onSuccess,
    // Rows the server read while rendering the page: shown at once, then replaced by the live read made on mount.
    fallbackData: firstRows,
  });
  const quick = useSWR<RemoteCluster[], ApiRequestError>(
    live.data === undefined ? apiPath('remoteClusters', { id: clusterId }, { live: false }) : null,
    {
      revalidateOnFocus: false,
      revalidateIfStale: false,
      shouldRetryOnError: false,
    },
  );
  const refresh = () =>
    live.mutate(fetchJson<RemoteCluster[]>(apiPath('remoteClusters', { id: clusterId }, { refresh: true })), {
      revalidate: false,
    });
  return {
    data: live.data ?? quick.data,
    // A failed quick read is not an error to show while the live read may still succeed.
    error: live.error,
    isValidating: live.isValidating,
    mutate: live.mutate,
    refresh,
    loadedAt,
  };
}
