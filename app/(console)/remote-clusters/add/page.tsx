import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AddRemoteClusterPage } from '@/components/remote-clusters/remote-cluster-form-page';
import { readSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Add a remote cluster' };

export default async function Page() {
  const grant = await readSessionGrant();
  if (!grant) redirect('/sign-in');
  return <AddRemoteClusterPage clusterId={grant.session.clusterId} />;
}
