// next-auth's browser client (about 6 KiB gzip) is only needed at the moment someone signs out, so the pages load it
// then instead of with the header on every page.
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { signOut } = await import('next-auth/react');
  await signOut({ callbackUrl });
}
