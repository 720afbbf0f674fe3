'use client';
import useSWR from 'swr';
import type { ApiRequestError } from '@/lib/http/fetch-json';

/**
 * A list page's read: polled while the tab is visible, the previous rows kept while a new read runs, and the rows
 * the server read while rendering the page shown at once (then read again on mount).
 */
export function usePolledList<T>(url: string, refreshIntervalMs: number, firstRows?: T[]) {
  return useSWR<T[], ApiRequestError>(url, {
    refreshInterval: refreshIntervalMs,
    refreshWhenHidden: false,
    keepPreviousData: true,
    fallbackData: firstRows,
  });
}
