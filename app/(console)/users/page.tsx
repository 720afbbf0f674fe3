import type { Metadata } from 'next';
import { UsersPage } from '@/components/users/users-page';
import { findCluster, getConfig } from '@/lib/server/config';
import { requireSessionGrant } from '@/lib/server/auth/read-session';
import { firstUsers } from '@/lib/server/pages/first-rows';

export const metadata: Metadata = { title: 'Users' };

export default async function Page({ searchParams }: { searchParams: Promise<{ edit?: string | string[] }> }) {
  const grant = await requireSessionGrant();
  const cluster = findCluster(grant.session.clusterId);
  const { edit } = await searchParams;
  return (
    <UsersPage
      clusterId={grant.session.clusterId}
      clusterDisplayName={cluster?.displayName ?? grant.session.clusterId}
      signedInAs={grant.session.username}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
      initialEdit={typeof edit === 'string' && edit !== '' ? edit : undefined}
      firstRows={await firstUsers(grant)}
    />
  );
}
