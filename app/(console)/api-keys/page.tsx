import type { Metadata } from 'next';
import { ApiKeysPage } from '@/components/api-keys/api-keys-page';
import { requireSessionGrant } from '@/lib/server/auth/read-session';
import { getConfig } from '@/lib/server/config';

export const metadata: Metadata = { title: 'Cross-cluster API keys' };

export default async function Page({ searchParams }: { searchParams: Promise<{ cluster?: string | string[] }> }) {
  const grant = await requireSessionGrant();
  const { cluster } = await searchParams;
  // An unknown id is passed on: the page says it is not registered instead of silently showing another cluster.
  const requested = typeof cluster === 'string' && cluster !== '' ? cluster : undefined;
  return (
    <ApiKeysPage
      homeClusterId={grant.session.clusterId}
      initialClusterId={requested ?? grant.session.clusterId}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
    />
  );
}
