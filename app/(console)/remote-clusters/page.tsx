import type { Metadata } from 'next';
import { RemoteClustersPage } from '@/components/remote-clusters/remote-clusters-page';
import { getConfig, findCluster } from '@/lib/server/config';
import { requireSessionGrant } from '@/lib/server/auth/read-session';
import { firstRemoteClusters } from '@/lib/server/pages/first-rows';

export const metadata: Metadata = { title: 'Remote clusters' };

export default async function Page() {
  const grant = await requireSessionGrant();
  const cluster = findCluster(grant.session.clusterId);
  return (
    <RemoteClustersPage
      clusterId={grant.session.clusterId}
      clusterDisplayName={cluster?.displayName ?? grant.session.clusterId}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
      firstRows={await firstRemoteClusters(grant)}
    />
  );
}
