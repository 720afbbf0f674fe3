'use client';
import { useState } from 'react';
import { EuiFlyout, EuiFlyoutBody, EuiFlyoutHeader, EuiSpacer, EuiTab, EuiTabs, EuiText, EuiTitle } from '@elastic/eui';
import { ExistingUserForm } from './existing-user-form';
import { NewUserForm } from './new-user-form';

interface Props {
  clusterId: string;
  role: string;
  onClose: () => void;
  /** Called with what was done, for the role page to say. */
  onAssigned: (message: string) => void;
}

/** Gives the role to a native user: one that exists (keeping its other roles), or a new one. */
export function AssignRoleFlyout({ clusterId, role, onClose, onAssigned }: Props) {
  const [tab, setTab] = useState<'existing' | 'new'>('existing');
  return (
    <EuiFlyout
      onClose={onClose}
      size="s"
      ownFocus
      aria-labelledby="rolesAssignTitle"
      data-test-subj="rolesAssignFlyout"
      closeButtonProps={{ 'aria-label': 'Close', 'data-test-subj': 'rolesAssignClose' }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id="rolesAssignTitle">Assign &quot;{role}&quot;</h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiText size="s" color="subdued">
          <p>
            Native users of this cluster. Users of other realms (LDAP, SAML…) get roles through role mappings instead.
          </p>
        </EuiText>
        <EuiSpacer size="s" />
        <EuiTabs size="s" bottomBorder={false}>
          <EuiTab
            isSelected={tab === 'existing'}
            onClick={() => setTab('existing')}
            data-test-subj="rolesAssignExistingTab"
          >
            An existing user
          </EuiTab>
          <EuiTab isSelected={tab === 'new'} onClick={() => setTab('new')} data-test-subj="rolesAssignNewTab">
            A new user
          </EuiTab>
        </EuiTabs>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {tab === 'existing' ? (
          <ExistingUserForm clusterId={clusterId} role={role} onAssigned={onAssigned} onCancel={onClose} />
        ) : (
          <NewUserForm clusterId={clusterId} role={role} onCreated={onAssigned} onCancel={onClose} />
        )}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
