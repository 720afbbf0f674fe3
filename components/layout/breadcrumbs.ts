'use client';
import { useMemo } from 'react';
import { useRouter } from 'next/navigation';
import type { EuiBreadcrumb } from '@elastic/eui';
import { onPlainClick } from '@/components/shared/app-link-click';

export interface Crumb {
  text: string;
  /** Where the crumb leads; the last crumb is the page itself and leads nowhere. */
  path?: string;
}

/**
 * The trail above a page's title, from its section down. Crumbs are real links (open in a new tab, read by screen
 * readers) that navigate inside the app on a plain click.
 */
export function useBreadcrumbs(...trail: Crumb[]): EuiBreadcrumb[] {
  const router = useRouter();
  const key = JSON.stringify(trail);
  return useMemo(
    () =>
      trail.map((crumb, index): EuiBreadcrumb => {
        const testSubj = `consoleBreadcrumb-${index}`;
        const path = index < trail.length - 1 ? crumb.path : undefined;
        if (!path) return { text: crumb.text, truncate: true, 'data-test-subj': testSubj };
        return {
          text: crumb.text,
          href: path,
          truncate: true,
          'data-test-subj': testSubj,
          onClick: onPlainClick(() => router.push(path)),
        };
      }),
    // The trail is a fresh array on every render; its text decides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, router],
  );
}

export const REMOTE_CLUSTERS_CRUMB: Crumb = { text: 'Remote clusters', path: '/remote-clusters' };
export const ROLES_CRUMB: Crumb = { text: 'Roles', path: '/roles' };
