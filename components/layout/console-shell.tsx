'use client';
import type { ReactNode } from 'react';
import { EuiPageTemplate } from '@elastic/eui';
import { ApiProvider } from '@/components/api/api-provider';
import { useEmbedded } from '@/components/embed/embed-context';
import type { ConsoleSession } from '@/lib/auth/console-session';
import { ConsoleHeader } from './console-header';
import { EmbeddedSessionBar } from './embedded-session-bar';
import { ToastsProvider } from './toasts';

type ShellProps = { session: ConsoleSession; children: ReactNode };

export function ConsoleShell(props: ShellProps) {
  return (
    <ApiProvider>
      <ToastsProvider>
        <ShellLayout {...props} />
      </ToastsProvider>
    </ApiProvider>
  );
}

function ShellLayout({ session, children }: ShellProps) {
  const embedded = useEmbedded();
  if (embedded) {
    // Inside a portal: no header or navigation, and no minimum height, so the reported height is the content's
    // (a page as tall as the window would keep the portal's frame from ever shrinking).
    return (
      <>
        <EuiPageTemplate restrictWidth={1400} grow={false} minHeight={0} data-test-subj="consolePage">
          {children}
        </EuiPageTemplate>
        <EmbeddedSessionBar session={session} />
      </>
    );
  }
  return (
    <>
      <ConsoleHeader session={session} />
      <EuiPageTemplate restrictWidth={1400} offset={48} grow data-test-subj="consolePage">
        {children}
      </EuiPageTemplate>
    </>
  );
}
