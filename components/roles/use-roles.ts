'use client';
import useSWR from 'swr';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';
import type { EffectiveAccess } from '@/lib/roles/effective-access';
import type { RoleView } from '@/lib/roles/model';
import type { BuiltinPrivileges } from '@/lib/roles/privileges';
import type { UserView } from '@/lib/roles/users-schema';

// One SWR hook per resource of the roles section, keyed by the route URL so a mutation elsewhere can revalidate it.

export type ClusterPrivileges = BuiltinPrivileges & { version: string | null };

const clusterUrl = (clusterId: string) => `/api/clusters/${encodeURIComponent(clusterId)}`;
export const rolesUrl = (clusterId: string) => `${clusterUrl(clusterId)}/roles`;
export const roleUrl = (clusterId: string, name: string) => `${rolesUrl(clusterId)}/${encodeURIComponent(name)}`;
export const usersUrl = (clusterId: string) => `${clusterUrl(clusterId)}/users`;

// A refused read (403, 404, or 401 for a lost sign-in) will not succeed by itself: only retry what may be transient.
const retryTransient = (error: Error) =>
  !(error instanceof ApiRequestError) || error.status >= 500 || error.status === 0;

export function useRoles(clusterId: string, refreshIntervalMs: number) {
  return useSWR<RoleView[], ApiRequestError>(rolesUrl(clusterId), (url: string) => fetchJson<RoleView[]>(url), {
    refreshInterval: refreshIntervalMs,
    refreshWhenHidden: false,
    keepPreviousData: true,
    shouldRetryOnError: retryTransient,
  });
}

/** One role, read once: a form must not be reset under the person's typing by a poll. */
export function useRole(clusterId: string, name: string | undefined) {
  return useSWR<RoleView, ApiRequestError>(
    name === undefined ? null : roleUrl(clusterId, name),
    (url: string) => fetchJson<RoleView>(url),
    {
      revalidateOnFocus: false,
      revalidateIfStale: false,
      shouldRetryOnError: retryTransient,
    },
  );
}

/** The cluster's own privilege names: what the combo boxes offer and what the server checks against. */
export function useBuiltinPrivileges(clusterId: string) {
  return useSWR<ClusterPrivileges, ApiRequestError>(
    `${clusterUrl(clusterId)}/privileges`,
    (url: string) => fetchJson<ClusterPrivileges>(url),
    {
      revalidateOnFocus: false,
      revalidateIfStale: false,
      shouldRetryOnError: retryTransient,
    },
  );
}

export function useUsers(clusterId: string) {
  return useSWR<UserView[], ApiRequestError>(usersUrl(clusterId), (url: string) => fetchJson<UserView[]>(url), {
    revalidateOnFocus: false,
    shouldRetryOnError: retryTransient,
  });
}

/** The cross-cluster API keys of the registered cluster a remote is; nothing is asked until one is chosen. */
export function useRemoteKeys(keyClusterId: string | undefined) {
  return useSWR<CrossClusterApiKey[], ApiRequestError>(
    keyClusterId === undefined ? null : `${clusterUrl(keyClusterId)}/cross_cluster_api_keys`,
    (url: string) => fetchJson<CrossClusterApiKey[]>(url),
    { revalidateOnFocus: false, shouldRetryOnError: retryTransient },
  );
}

export interface EffectiveAccessQuery {
  remote: string;
  keyCluster?: string;
  keyId?: string;
}

export function effectiveAccessUrl(clusterId: string, role: string, query: EffectiveAccessQuery): string {
  const params = new URLSearchParams({ remote: query.remote });
  if (query.keyCluster) params.set('keyCluster', query.keyCluster);
  if (query.keyId) params.set('keyId', query.keyId);
  return `${roleUrl(clusterId, role)}/effective_access?${params.toString()}`;
}

/** `query` undefined while the choices are incomplete: no request that could only fail. */
export function useEffectiveAccess(clusterId: string, role: string, query: EffectiveAccessQuery | undefined) {
  return useSWR<EffectiveAccess, ApiRequestError>(
    query === undefined ? null : effectiveAccessUrl(clusterId, role, query),
    (url: string) => fetchJson<EffectiveAccess>(url),
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
}
