import type { Metadata } from 'next';
import { CertificateRemotesPage } from '@/components/migration/certificate-remotes-page';
import { findCluster, getConfig } from '@/lib/server/config';
import { requireSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Migrate certificate remotes' };

export default async function Page() {
  const grant = await requireSessionGrant();
  const clusterId = grant.session.clusterId;
  return (
    <CertificateRemotesPage
      clusterId={clusterId}
      clusterDisplayName={findCluster(clusterId)?.displayName ?? clusterId}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
    />
  );
}
