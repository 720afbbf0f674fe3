'use client';
import useSWR from 'swr';
import type { ApiRequestError } from '@/lib/http/fetch-json';
import type { UserView } from '@/lib/roles/users-schema';
import { usersUrl } from '@/components/roles/use-roles';

/** The users page's list: polled like the other lists, under the same key as the role page's user picker. */
export function useUserList(clusterId: string, refreshIntervalMs: number, firstRows?: UserView[]) {
  return useSWR<UserView[], ApiRequestError>(usersUrl(clusterId), {
    refreshInterval: refreshIntervalMs,
    refreshWhenHidden: false,
    keepPreviousData: true,
    // Rows the server read while rendering the page: shown at once, then read again on mount.
    fallbackData: firstRows,
  });
}
