'use client';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'next/navigation';
import { parseRemoteListQuery, type RemoteListQuery } from '@/lib/remote-clusters/list-query';

type Patch = Partial<Record<keyof RemoteListQuery, string | undefined>>;

function applyPatch(query: RemoteListQuery, patch: Patch): RemoteListQuery {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...patch })) if (value) next.set(key, value);
  return parseRemoteListQuery(next);
}

/**
 * The list's search, filters and open remote: read from the URL when the page opens (a bookmark, a reload, the
 * wizards' "back to the list with this remote open"), then kept here and written back to the address. The state
 * is not read back from the address: the rows come with the server's HTML, so a click can arrive before Next's
 * router has settled, and Next then rewrites the address with the one it rendered. The browser's history API
 * updates the address without a server round trip; other parameters (a portal's ?embed=1) are kept.
 */
export function useRemoteListQuery(): [RemoteListQuery, (patch: Patch) => void] {
  const params = useSearchParams();
  const [query, setQuery] = useState(() => parseRemoteListQuery(new URLSearchParams(params.toString())));
  const update = useCallback((patch: Patch) => {
    setQuery((current) => applyPatch(current, patch));
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const search = next.toString();
    // null, not the current state: Next passes its own history entries through untouched.
    window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
  }, []);
  return [query, update];
}
