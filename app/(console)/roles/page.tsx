import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';

export const metadata: Metadata = { title: 'Roles' };

export default function RolesPage() {
  return (
    <ComingSoon
      title="Roles"
      iconType="users"
      testSubj="roles"
      description="Build roles with remote_indices and remote_cluster privileges, and see the access they really grant through each remote's API key."
    />
  );
}
