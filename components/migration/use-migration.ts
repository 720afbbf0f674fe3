'use client';
import useSWR from 'swr';
import { apiPath } from '@/lib/api/paths';
import { fetchJson, type ApiRequestError } from '@/lib/http/fetch-json';
import type { MigrationAction } from '@/lib/migration/model';
// Type-only imports: erased at build time, so the server modules never reach the browser bundle.
import type { ActionAnswer, MigrationOverview } from '@/lib/migration/answers';

export type { ActionAnswer, MigrationOverview };

export function migrationUrl(clusterId: string, alias: string): string {
  return apiPath('migration', { id: clusterId, name: alias });
}

/**
 * Where the migration stands, read from the local cluster (the state index), never from the browser: a reload,
 * another browser or another administrator all see the same thing. Not polled: the overview reads the inventory
 * and roles on two clusters, so it is read again after each step instead.
 */
export function useMigrationOverview(clusterId: string, alias: string, remoteClusterId: string | undefined) {
  return useSWR<MigrationOverview, ApiRequestError>(
    apiPath('migration', { id: clusterId, name: alias }, { remoteCluster: remoteClusterId }),
    { revalidateOnFocus: false, keepPreviousData: true },
  );
}

/** One step: planned only (dryRun, nothing sent to Elasticsearch) or run. */
export function postAction(
  clusterId: string,
  alias: string,
  action: MigrationAction,
  body: unknown,
  dryRun: boolean,
): Promise<ActionAnswer> {
  const url = apiPath('migrationAction', { id: clusterId, name: alias, action }, { dryRun: dryRun || undefined });
  return fetchJson<ActionAnswer>(url, { method: 'POST', body });
}
