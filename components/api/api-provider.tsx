'use client';
import type { ReactNode } from 'react';
import { SWRConfig, type SWRConfiguration } from 'swr';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';

// The browser's one data layer for the console's API: every read is an SWR key that is an apiPath(...) URL, fetched
// by the one fetcher below with the one retry rule, so a hook names only its URL and how often it polls.

/** A refused read (400, 403, 404, or 401 for a lost sign-in) will not succeed by itself: only retry what may. */
export function mayRetry(error: unknown): boolean {
  return !(error instanceof ApiRequestError) || error.status >= 500 || error.status === 0;
}

/** SWR's own backoff (5 s, doubling, jittered), but a cluster that has not answered (503) is asked every 2 s. */
export function retryDelayMs(error: unknown, retryCount: number): number {
  if (error instanceof ApiRequestError && error.status === 503) return 2_000;
  return Math.round((Math.random() + 0.5) * 2 ** Math.min(retryCount, 6) * 5_000);
}

const API_READS: SWRConfiguration = {
  fetcher: (url: string) => fetchJson(url),
  shouldRetryOnError: mayRetry,
  // The console's clusters report a silent cluster at once and answer within seconds of its return, so the page
  // follows within a few seconds too, instead of after a growing backoff.
  onErrorRetry: (error, _key, _config, revalidate, { retryCount }) => {
    if (!mayRetry(error)) return;
    setTimeout(() => void revalidate({ retryCount }), retryDelayMs(error, retryCount));
  },
};

export function ApiProvider({ children }: { children: ReactNode }) {
  return <SWRConfig value={API_READS}>{children}</SWRConfig>;
}
