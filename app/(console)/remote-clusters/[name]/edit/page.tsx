import type { Metadata } from 'next';
import { EditRemoteClusterPage } from '@/components/remote-clusters/remote-cluster-form-page';
import { requireSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Edit a remote cluster' };

export default async function Page({ params }: { params: Promise<{ name: string }> }) {
  const grant = await requireSessionGrant();
  return <EditRemoteClusterPage clusterId={grant.session.clusterId} name={(await params).name} />;
}
