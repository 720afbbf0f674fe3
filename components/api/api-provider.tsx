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

const API_READS: SWRConfiguration = {
  fetcher: (url: string) => fetchJson(url),
  shouldRetryOnError: mayRetry,
};

export function ApiProvider({ children }: { children: ReactNode }) {
  return <SWRConfig value={API_READS}>{children}</SWRConfig>;
}
