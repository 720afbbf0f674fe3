import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';

export const metadata: Metadata = { title: 'API keys' };

export default function ApiKeysPage() {
  return (
    <ComingSoon
      title="Cross-cluster API keys"
      iconType="key"
      testSubj="apiKeys"
      description="Create, update and invalidate cross-cluster API keys on a remote cluster, with the keystore commands for the local side."
    />
  );
}
