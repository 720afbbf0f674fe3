import type { Metadata } from 'next';
import { ConnectClusterPage } from '@/components/connect/connect-cluster-page';
import { findCluster, getConfig } from '@/lib/server/config';
import { requireSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Connect a cluster' };

export default async function Page() {
  const grant = await requireSessionGrant();
  const clusterId = grant.session.clusterId;
  return (
    <ConnectClusterPage
      localClusterId={clusterId}
      localDisplayName={findCluster(clusterId)?.displayName ?? clusterId}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
    />
  );
}
