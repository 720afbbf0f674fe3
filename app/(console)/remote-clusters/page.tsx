import type { Metadata } from 'next';
import { ComingSoon } from '@/components/layout/coming-soon';

export const metadata: Metadata = { title: 'Remote clusters' };

export default function RemoteClustersPage() {
  return (
    <ComingSoon
      title="Remote clusters"
      iconType="cluster"
      testSubj="remoteClusters"
      description="List, add, edit and remove remote clusters, see why one is not connected, and connect a new one with the API-key security model."
    />
  );
}
