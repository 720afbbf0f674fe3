import type { ReactNode } from 'react';
import { ConsoleShell } from '@/components/layout/console-shell';
import { requireSessionGrant } from '@/lib/server/auth/read-session';
import { toConsoleSession } from '@/lib/server/auth/session-token';

// Live cluster state and the person's session: never prerendered or cached.
export const dynamic = 'force-dynamic';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const grant = await requireSessionGrant();
  // Only the public view of the session crosses into client components.
  return <ConsoleShell session={toConsoleSession(grant)}>{children}</ConsoleShell>;
}
