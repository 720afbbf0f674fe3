'use client';
import type { ReactNode } from 'react';
import { EuiPageTemplate } from '@elastic/eui';
import type { ConsoleSession } from '@/lib/auth/console-session';
import { ConsoleHeader } from './console-header';

export function ConsoleShell({ session, children }: { session: ConsoleSession; children: ReactNode }) {
  return (
    <>
      <ConsoleHeader session={session} />
      <EuiPageTemplate restrictWidth={1400} offset={48} grow data-test-subj="consolePage">
        {children}
      </EuiPageTemplate>
    </>
  );
}
