import type { Metadata } from 'next';
import { NewRolePage } from '@/components/roles/new-role-page';
import { getConfig } from '@/lib/server/config';
import { requireSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Create a role' };

/** /roles/new, or /roles/new?from=<role> to clone one. */
export default async function Page({ searchParams }: { searchParams: Promise<{ from?: string | string[] }> }) {
  const grant = await requireSessionGrant();
  const { from } = await searchParams;
  return (
    <NewRolePage
      clusterId={grant.session.clusterId}
      from={typeof from === 'string' && from !== '' ? from : undefined}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
    />
  );
}
