'use client';
import { usePolledList } from '@/components/api/use-polled-list';
import type { UserView } from '@/lib/roles/users-schema';
import { usersUrl } from '@/components/roles/use-roles';

/** The users page's list: polled like the other lists, under the same key as the role page's user picker. */
export function useUserList(clusterId: string, refreshIntervalMs: number, firstRows?: UserView[]) {
  return usePolledList<UserView>(usersUrl(clusterId), refreshIntervalMs, firstRows);
}
