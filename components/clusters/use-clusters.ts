'use client';
import useSWR from 'swr';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import { API_PATHS } from '@/lib/api/paths';
import type { ApiRequestError } from '@/lib/http/fetch-json';

export const CLUSTERS_URL = API_PATHS.clusters;

/** The registered clusters and which of them this session is signed in to (revalidated after a sign-in). */
export function useClusters(firstClusters?: RegisteredClusterView[]) {
  // fallbackData: the list the server read while rendering the page, so what depends on it is in the HTML.
  return useSWR<RegisteredClusterView[], ApiRequestError>(CLUSTERS_URL, {
    revalidateOnFocus: false,
    fallbackData: firstClusters,
  });
}
