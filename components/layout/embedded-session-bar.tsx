'use client';
import { useState } from 'react';
import { signOutTo } from '@/components/auth/sign-out';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiText } from '@elastic/eui';
import type { ConsoleSession } from '@/lib/auth/console-session';

/**
 * Embedded pages have no header, so no account menu: this one line says who is signed in and offers sign-out,
 * which stays inside the frame (the sign-in page opens there, embedded).
 */
export function EmbeddedSessionBar({ session }: { session: ConsoleSession }) {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <EuiFlexGroup
      justifyContent="flexEnd"
      alignItems="center"
      gutterSize="s"
      responsive={false}
      style={{ padding: '0 16px 8px' }}
      data-test-subj="embedSessionBar"
    >
      <EuiFlexItem grow={false}>
        <EuiText size="xs" color="subdued">
          {session.username} on {session.clusterDisplayName}
        </EuiText>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty
          size="xs"
          iconType="logOut"
          isLoading={signingOut}
          aria-label={`Sign out ${session.username}`}
          onClick={() => {
            setSigningOut(true);
            void signOutTo('/sign-in?embed=1').then((started) => setSigningOut(started));
          }}
          data-test-subj="embedSignOut"
        >
          Sign out
        </EuiButtonEmpty>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
