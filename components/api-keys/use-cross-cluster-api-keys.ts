'use client';
import useSWR from 'swr';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { apiPath } from '@/lib/api/paths';
import type { ApiRequestError } from '@/lib/http/fetch-json';
import { useLoadedAt } from '@/components/api/use-loaded-at';

/** The signInRequired attribute of a 401: the session holds no sign-in for that cluster (any more). */
export function signInRequiredBy(error: ApiRequestError | undefined): boolean {
  return error?.status === 401 && Boolean(error.payload.attributes?.signInRequired);
}

/**
 * The cross-cluster API keys of one registered cluster, polled while the tab is visible. `clusterId` undefined
 * fetches nothing: the page asks only once the session is signed in there, so no request is made to fail with 401.
 */
export function useCrossClusterApiKeys(
  clusterId: string | undefined,
  refreshIntervalMs: number,
  firstRows?: CrossClusterApiKey[],
) {
  const { loadedAt, onSuccess } = useLoadedAt();
  const read = useSWR<CrossClusterApiKey[], ApiRequestError>(
    clusterId === undefined ? null : apiPath('crossClusterApiKeys', { id: clusterId }),
    // A refused read (403, or 401 for a lost sign-in) is not retried (ApiProvider); polling continues after a fix.
    // Rows the server read while rendering the page: shown at once, then read again on mount.
    { refreshInterval: refreshIntervalMs, refreshWhenHidden: false, onSuccess, fallbackData: firstRows },
  );
  return { ...read, loadedAt };
}
