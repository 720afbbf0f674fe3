import type { Metadata } from 'next';
import { ApiDocsPage } from '@/components/api-docs/api-docs-page';
import { toApiDocsView } from '@/components/api-docs/view';
import { openApiDocument } from '@/lib/server/api/registry';
import { requireSessionGrant } from '@/lib/server/auth/read-session';

export const metadata: Metadata = { title: 'REST API' };

/** The OpenAPI document for people; GET /api/openapi.json is the same document for tools (no sign-in needed). */
export default async function Page() {
  await requireSessionGrant();
  return <ApiDocsPage view={toApiDocsView(openApiDocument())} />;
}
