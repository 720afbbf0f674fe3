import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/auth/sign-in-form';
import { getConfig } from '@/lib/server/config';
import { readSessionGrant } from '@/lib/server/auth/read-session';
import { safeCallbackPath } from '@/lib/auth/callback-path';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const config = getConfig();
  const callbackPath = safeCallbackPath(params.callbackUrl, config.publicUrl);
  if (await readSessionGrant()) redirect(callbackPath);
  // Only ids and names reach the browser; URLs and CA paths stay on the server.
  const clusters = config.clusters.map(({ id, displayName }) => ({ id, displayName }));
  return <SignInForm clusters={clusters} defaultClusterId={config.defaultClusterId} callbackPath={callbackPath} />;
}
