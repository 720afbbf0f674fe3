import type { Metadata } from 'next';
import { ApiKeysPage } from '@/components/api-keys/api-keys-page';
import { readSessionGrants, requireSessionGrant } from '@/lib/server/auth/read-session';
import { getConfig } from '@/lib/server/config';
import { apiKeysStart, firstApiKeys, firstClusters } from '@/lib/server/pages/first-rows';

export const metadata: Metadata = { title: 'Cross-cluster API keys' };

type Search = { cluster?: string | string[]; key?: string | string[] };
const single = (value: string | string[] | undefined) =>
  typeof value === 'string' && value !== '' ? value : undefined;

export default async function Page({ searchParams }: { searchParams: Promise<Search> }) {
  const grant = await requireSessionGrant();
  const search = await searchParams;
  // An unknown id is passed on: the page says it is not registered instead of silently showing another cluster.
  const requested = single(search.cluster);
  const grants = await readSessionGrants();
  const [start, clusters] = await Promise.all([
    requested
      ? firstApiKeys(grants.get(requested)).then((firstRows) => ({ clusterId: requested, firstRows }))
      : apiKeysStart(grants, grant.session.clusterId),
    firstClusters(grants),
  ]);
  return (
    <ApiKeysPage
      homeClusterId={grant.session.clusterId}
      initialClusterId={start.clusterId}
      initialKeyId={single(search.key)}
      firstRows={start.firstRows}
      firstClusters={clusters}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
    />
  );
}
