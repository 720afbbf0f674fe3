import type { Metadata } from 'next';
import { RolePage } from '@/components/roles/role-page';
import { getConfig } from '@/lib/server/config';
import { requireSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'Role' };

// Depending on how the URL was typed, the segment may still be percent-encoded; a name with a stray % stays as is.
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** One role: edit it (view it, when reserved), assign it, see its effective access on a remote. */
export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ name: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
}) {
  const grant = await requireSessionGrant();
  const [{ name }, { saved }] = await Promise.all([params, searchParams]);
  return (
    <RolePage
      // A new role name is a new page: nothing typed for one role carries over to another.
      key={name}
      clusterId={grant.session.clusterId}
      name={safeDecode(name)}
      refreshIntervalMs={getConfig().refreshIntervalSeconds * 1000}
      created={saved === 'created'}
    />
  );
}
