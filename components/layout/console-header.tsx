'use client';
import { useState, type MouseEvent } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { signOutTo } from '@/components/auth/sign-out';
import {
  EuiAvatar,
  EuiBadge,
  EuiButtonEmpty,
  EuiHeader,
  EuiHeaderLink,
  EuiHeaderLinks,
  EuiIcon,
  EuiHeaderSection,
  EuiHeaderSectionItem,
  EuiHeaderSectionItemButton,
  EuiPopover,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { ConsoleSession } from '@/lib/auth/console-session';
import { CONSOLE_SECTIONS } from './console-sections';
import { NarrowNavMenu } from './narrow-nav-menu';
import { OtherClusterSessions } from './other-cluster-sessions';
import { VisibleText } from '@/components/shared/visible-text';

/** Below EUI's "m" breakpoint. */
const NARROW = '@media (max-width: 767px)';
const WIDE = '@media (min-width: 768px)';

export function ConsoleHeader({ session }: { session: ConsoleSession }) {
  const router = useRouter();
  const pathname = usePathname();
  const [userMenuOpen, setUserMenuOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const clusterLabel = session.clusterName ?? session.clusterDisplayName;
  return (
    <EuiHeader position="fixed" data-test-subj="consoleHeader">
      <EuiHeaderSection>
        <EuiHeaderSectionItem>
          {/* EuiHeaderLogo's look without EuiHeaderLogo, which bundles Elastic's full word mark (3 KiB gzip) for its
              horizontal variant on every page. */}
          <a
            href="/remote-clusters"
            onClick={navigate(router, '/remote-clusters')}
            style={{ display: 'inline-flex', alignItems: 'center', height: 40, paddingInline: 8 }}
            data-test-subj="consoleHomeLink"
          >
            <EuiIcon type="logoElastic" size="l" aria-label="Remote Clusters console home" />
          </a>
        </EuiHeaderSectionItem>
        {/* At a phone's width the logo names the console and the badge is cut short, so the menus stay in view. */}
        <EuiHeaderSectionItem css={{ [NARROW]: { display: 'none' } }}>
          <EuiTitle size="xxs">
            <span style={{ paddingRight: 8 }}>Remote Clusters console</span>
          </EuiTitle>
        </EuiHeaderSectionItem>
        <EuiHeaderSectionItem>
          <EuiBadge
            css={{ [NARROW]: { maxWidth: 150 } }}
            color="hollow"
            iconType="cluster"
            title={`Signed in to ${session.clusterDisplayName}`}
            data-test-subj="consoleClusterBadge"
          >
            {clusterLabel}
            {session.clusterVersion ? ` · ${session.clusterVersion}` : ''}
          </EuiBadge>
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
      <EuiHeaderSection side="right">
        <EuiHeaderSectionItem css={{ [NARROW]: { display: 'none' } }}>
          <EuiHeaderLinks aria-label="Console sections" popoverBreakpoints="none">
            {CONSOLE_SECTIONS.map((section) => (
              <EuiHeaderLink
                key={section.path}
                href={section.path}
                onClick={navigate(router, section.path)}
                isActive={pathname.startsWith(section.path)}
                data-test-subj={section.testSubj}
              >
                {section.title}
              </EuiHeaderLink>
            ))}
          </EuiHeaderLinks>
        </EuiHeaderSectionItem>
        <EuiHeaderSectionItem css={{ [WIDE]: { display: 'none' } }}>
          <NarrowNavMenu />
        </EuiHeaderSectionItem>
        <EuiHeaderSectionItem>
          <EuiPopover
            isOpen={userMenuOpen}
            closePopover={() => setUserMenuOpen(false)}
            anchorPosition="downRight"
            button={
              <EuiHeaderSectionItemButton
                aria-label={`Account menu for ${session.username}`}
                onClick={() => setUserMenuOpen((open) => !open)}
                data-test-subj="consoleUserMenuButton"
              >
                <EuiAvatar name={session.fullName || session.username} size="s" />
              </EuiHeaderSectionItemButton>
            }
          >
            <div style={{ minWidth: 240 }} data-test-subj="consoleUserMenu">
              <EuiText size="s">
                <strong data-test-subj="consoleUsername">{session.username}</strong>
                {session.fullName && (
                  <div>
                    <VisibleText text={session.fullName} />
                  </div>
                )}
                <div>Roles: {session.roles.join(', ') || 'none'}</div>
                <div>
                  Session: {session.authMethod === 'api_key' ? 'Elasticsearch API key' : 'password'}, until{' '}
                  {new Date(session.expiresAt).toLocaleTimeString()}
                </div>
              </EuiText>
              {userMenuOpen && <OtherClusterSessions homeClusterId={session.clusterId} />}
              <EuiSpacer size="s" />
              <EuiButtonEmpty
                iconType="logOut"
                size="s"
                isLoading={signingOut}
                onClick={() => {
                  setSigningOut(true);
                  void signOutTo('/sign-in').then((started) => setSigningOut(started));
                }}
                data-test-subj="consoleSignOut"
              >
                Sign out
              </EuiButtonEmpty>
            </div>
          </EuiPopover>
        </EuiHeaderSectionItem>
      </EuiHeaderSection>
    </EuiHeader>
  );
}

/** Client-side navigation for EUI links, keeping a real href for middle-click and screen readers. */
function navigate(router: ReturnType<typeof useRouter>, path: string) {
  return (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(path);
  };
}
