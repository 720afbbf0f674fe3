'use client';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'next/navigation';
import { parseRemoteListQuery, type RemoteListQuery } from '@/lib/remote-clusters/list-query';

type Patch = Partial<Record<keyof RemoteListQuery, string | undefined>>;

/**
 * The list's search, filters and open remote, read from the URL and written back to it. The browser's history API
 * updates the address without a server round trip (Next keeps useSearchParams in step with it); other parameters,
 * such as a portal's ?embed=1, are kept.
 */
export function useRemoteListQuery(): [RemoteListQuery, (patch: Patch) => void] {
  const params = useSearchParams();
  const query = useMemo(() => parseRemoteListQuery(new URLSearchParams(params.toString())), [params]);
  const update = useCallback((patch: Patch) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const search = next.toString();
    // null, not the current state: Next passes its own history entries through untouched, and would not tell
    // useSearchParams about the change.
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  }, []);
  return [query, update];
}
