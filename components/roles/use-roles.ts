'use client';
import useSWR from 'swr';
import { usePolledList } from '@/components/api/use-polled-list';
import type { z } from 'zod';
import type { builtinPrivilegesSchema } from '@/lib/openapi/models/roles';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { apiPath } from '@/lib/api/paths';
import type { ApiRequestError } from '@/lib/http/fetch-json';
import type { EffectiveAccess } from '@/lib/roles/effective-access';
import type { RoleView } from '@/lib/roles/model';
import type { UserView } from '@/lib/roles/users-schema';

// One SWR hook per resource of the roles section, keyed by the route URL so a mutation elsewhere can revalidate it.

/** GET /privileges: the cluster's built-in privilege names and its version, as the answer's schema says. */
export type ClusterPrivileges = z.output<typeof builtinPrivilegesSchema>;

export const rolesUrl = (clusterId: string) => apiPath('roles', { id: clusterId });
export const roleUrl = (clusterId: string, name: string) => apiPath('role', { id: clusterId, name });
export const usersUrl = (clusterId: string) => apiPath('users', { id: clusterId });

export function useRoles(clusterId: string, refreshIntervalMs: number, firstRows?: RoleView[]) {
  return usePolledList<RoleView>(rolesUrl(clusterId), refreshIntervalMs, firstRows);
}

/** One role, read once: a form must not be reset under the person's typing by a poll. */
export function useRole(clusterId: string, name: string | undefined) {
  return useSWR<RoleView, ApiRequestError>(name === undefined ? null : roleUrl(clusterId, name), {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
}

/** The cluster's own privilege names: what the combo boxes offer and what the server checks against. */
export function useBuiltinPrivileges(clusterId: string) {
  return useSWR<ClusterPrivileges, ApiRequestError>(apiPath('privileges', { id: clusterId }), {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
}

export function useUsers(clusterId: string) {
  return useSWR<UserView[], ApiRequestError>(usersUrl(clusterId), { revalidateOnFocus: false });
}

/** The cross-cluster API keys of the registered cluster a remote is; nothing is asked until one is chosen. */
export function useRemoteKeys(keyClusterId: string | undefined) {
  return useSWR<CrossClusterApiKey[], ApiRequestError>(
    keyClusterId === undefined ? null : apiPath('crossClusterApiKeys', { id: keyClusterId }),
    { revalidateOnFocus: false },
  );
}

export interface EffectiveAccessQuery {
  remote: string;
  keyCluster?: string;
  keyId?: string;
}

export function effectiveAccessUrl(clusterId: string, role: string, query: EffectiveAccessQuery): string {
  return apiPath(
    'roleEffectiveAccess',
    { id: clusterId, name: role },
    {
      remote: query.remote,
      keyCluster: query.keyCluster || undefined,
      keyId: query.keyId || undefined,
    },
  );
}

/** `query` undefined while the choices are incomplete: no request that could only fail. */
export function useEffectiveAccess(clusterId: string, role: string, query: EffectiveAccessQuery | undefined) {
  return useSWR<EffectiveAccess, ApiRequestError>(
    query === undefined ? null : effectiveAccessUrl(clusterId, role, query),
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
}
