import type { Metadata } from 'next';
import { RolesPage } from '@/components/roles/roles-page';
import { findCluster, getConfig } from '@/lib/server/config';
import { requireSessionGrant } from '@/lib/server/auth/read-session';
import { firstRoles } from '@/lib/server/pages/first-rows';

export const metadata: Metadata = { title: 'Roles' };

export default async function Page() {
  const grant = await requireSessionGrant();
  const cluster = findCluster(grant.session.clusterId);
  return (
    <RolesPage
      clusterId={grant.session.clusterId}
      clusterDisplayName={cluster?.displayName ?? grant.session.clusterId}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
      firstRows={await firstRoles(grant)}
    />
  );
}
