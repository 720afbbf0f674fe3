'use client';
import { EuiBadge, EuiFlexGroup, EuiFlexItem, EuiToolTip } from '@elastic/eui';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { useHydrated } from '@/components/shared/use-hydrated';

// Small pieces of the key table, shared with the flyouts so a key's state reads the same everywhere.

/** The browser's own locale and time zone (in the browser only: see LocalTime for what the server renders). */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A time in the reader's locale and zone. The list's first rows come in the server's HTML, and the server knows
 * neither: it writes UTC, which the browser keeps while hydrating (so both agree) and then replaces.
 */
export function LocalTime({ iso }: { iso: string }) {
  const hydrated = useHydrated();
  return <time dateTime={iso}>{hydrated ? formatDate(iso) : `${iso.slice(0, 16).replace('T', ' ')} UTC`}</time>;
}

export function creatorOf(key: CrossClusterApiKey): string {
  return key.creator.realm ? `${key.creator.username}@${key.creator.realm}` : key.creator.username;
}

export function KeyStatus({ apiKey }: { apiKey: CrossClusterApiKey }) {
  if (apiKey.invalidated) {
    const when = apiKey.invalidatedAt ? ` on ${formatDate(apiKey.invalidatedAt)}` : '';
    return (
      <EuiToolTip content={`Invalidated${when}: the local cluster can no longer connect with it.`}>
        <EuiBadge color="danger" data-test-subj="apiKeysStatusInvalidated" tabIndex={0}>
          invalidated
        </EuiBadge>
      </EuiToolTip>
    );
  }
  return (
    <EuiBadge color="success" data-test-subj="apiKeysStatusActive">
      active
    </EuiBadge>
  );
}

export function KeyExpiry({ apiKey }: { apiKey: CrossClusterApiKey }) {
  if (apiKey.expiresAt === null) return <span data-test-subj="apiKeysExpiryNever">never</span>;
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap>
      <EuiFlexItem grow={false}>
        <span data-test-subj="apiKeysExpiry">
          <LocalTime iso={apiKey.expiresAt} />
        </span>
      </EuiFlexItem>
      {apiKey.expired && (
        <EuiFlexItem grow={false}>
          <EuiBadge color="warning" data-test-subj="apiKeysExpiredBadge">
            expired
          </EuiBadge>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}
