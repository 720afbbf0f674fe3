'use client';
import { EuiBadge, EuiFlexGroup, EuiFlexItem, EuiToolTip } from '@elastic/eui';
import type { RoleView } from '@/lib/roles/model';

export const RESERVED_REASON = 'Built into Elasticsearch: clone it to change it.';

/** Built-in roles can be read, assigned and cloned; Elasticsearch refuses to change or delete them. */
export function ReservedBadge() {
  return (
    <EuiToolTip content={RESERVED_REASON}>
      <EuiBadge
        color="hollow"
        iconType="lock"
        tabIndex={0}
        aria-label={`Reserved. ${RESERVED_REASON}`}
        data-test-subj="rolesReservedBadge"
      >
        reserved
      </EuiBadge>
    </EuiToolTip>
  );
}

export function RemotePrivilegesBadge({ role }: { role: RoleView }) {
  if (!role.hasRemotePrivileges) return null;
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap>
      <EuiFlexItem grow={false}>
        <EuiBadge color="primary" data-test-subj="rolesRemoteBadge">
          remote privileges
        </EuiBadge>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <span data-test-subj="rolesRemoteAliases">{role.remoteClusters.join(', ')}</span>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

/** A role the licence disables (transient_metadata.enabled false) exists but grants nothing. */
export function DisabledBadge() {
  return (
    <EuiToolTip
      content={
        "The cluster's licence does not allow a feature this " + 'role uses: it grants nothing until the licence does.'
      }
    >
      <EuiBadge color="warning" tabIndex={0} data-test-subj="rolesDisabledBadge">
        disabled by the licence
      </EuiBadge>
    </EuiToolTip>
  );
}

export function RoleBadges({ role }: { role: RoleView }) {
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap>
      {role.reserved && (
        <EuiFlexItem grow={false}>
          <ReservedBadge />
        </EuiFlexItem>
      )}
      {!role.enabled && (
        <EuiFlexItem grow={false}>
          <DisabledBadge />
        </EuiFlexItem>
      )}
      {role.hasRemotePrivileges && (
        <EuiFlexItem grow={false}>
          <RemotePrivilegesBadge role={role} />
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}
