import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { EuiProviders } from '@/components/layout/eui-providers';

export const metadata: Metadata = {
  title: { default: 'Remote Clusters console', template: '%s · Remote Clusters console' },
  description: 'Connect, secure, diagnose and migrate Elasticsearch remote clusters.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <EuiProviders>{children}</EuiProviders>
      </body>
    </html>
  );
}
