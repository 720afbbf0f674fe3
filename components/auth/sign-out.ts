// next-auth's browser client (about 6 KiB gzip) is only needed at the moment someone signs out, so the pages load it
// then instead of with the header on every page.

/** Signs out and goes to `callbackUrl`; false when that could not start (the console did not answer), to retry. */
export async function signOutTo(callbackUrl: string): Promise<boolean> {
  try {
    const { signOut } = await import('next-auth/react');
    await signOut({ callbackUrl });
    return true;
  } catch {
    return false;
  }
}
