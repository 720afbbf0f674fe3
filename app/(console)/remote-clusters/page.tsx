import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { RemoteClustersPage } from '@/components/remote-clusters/remote-clusters-page';
import { getConfig, findCluster } from '@/lib/server/config';
import { readSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Remote clusters' };

export default async function Page() {
  const grant = await readSessionGrant();
  if (!grant) redirect('/sign-in');
  const cluster = findCluster(grant.session.clusterId);
  return (
    <RemoteClustersPage
      clusterId={grant.session.clusterId}
      clusterDisplayName={cluster?.displayName ?? grant.session.clusterId}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
    />
  );
}
