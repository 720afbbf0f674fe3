import type { Metadata } from 'next';
import { AddRemoteClusterPage } from '@/components/remote-clusters/remote-cluster-form-page';
import { requireSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Add a remote cluster' };

export default async function Page() {
  const grant = await requireSessionGrant();
  return <AddRemoteClusterPage clusterId={grant.session.clusterId} />;
}
