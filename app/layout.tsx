import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { EmbedProvider } from '@/components/embed/embed-context';
import { EuiProviders } from '@/components/layout/eui-providers';
import { EMBED_REQUEST_HEADER, NONCE_REQUEST_HEADER } from '@/lib/embed/protocol';
import { getConfig } from '@/lib/server/config';

export const metadata: Metadata = {
  title: { default: 'Remote Clusters console', template: '%s · Remote Clusters console' },
  description: 'Connect, secure, diagnose and migrate Elasticsearch remote clusters.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Read first: it makes every page render per request, which the per-response CSP nonce requires (a page
  // prerendered at build time would carry no nonce, and its scripts would be refused).
  const requestHeaders = await headers();
  const nonce = requestHeaders.get(NONCE_REQUEST_HEADER) ?? undefined;
  const embedded = requestHeaders.get(EMBED_REQUEST_HEADER) === '1';
  return (
    <html lang="en">
      <body>
        <EuiProviders nonce={nonce}>
          <EmbedProvider initialEmbedded={embedded} allowedOrigins={getConfig().embedAllowedOrigins}>
            {children}
          </EmbedProvider>
        </EuiProviders>
      </body>
    </html>
  );
}
