import type { Metadata } from 'next';
import { MigrationPage } from '@/components/migration/migration-page';
import { findCluster } from '@/lib/server/config';
import { requireSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Migrate to the API-key model' };

interface Props {
  params: Promise<{ name: string }>;
  searchParams: Promise<{ remoteCluster?: string | string[] }>;
}

/** ?remoteCluster=<registered id> keeps the assistant's choice of the cluster that is the remote across reloads. */
export default async function Page({ params, searchParams }: Props) {
  const grant = await requireSessionGrant();
  const clusterId = grant.session.clusterId;
  const [{ name }, { remoteCluster }] = await Promise.all([params, searchParams]);
  return (
    <MigrationPage
      localClusterId={clusterId}
      localDisplayName={findCluster(clusterId)?.displayName ?? clusterId}
      alias={name}
      initialRemoteClusterId={typeof remoteCluster === 'string' && remoteCluster ? remoteCluster : undefined}
    />
  );
}
