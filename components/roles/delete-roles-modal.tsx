'use client';
import { useState } from 'react';
import { EuiCallOut, EuiConfirmModal, EuiSpacer, EuiText } from '@elastic/eui';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';
import { rolesUrl } from './use-roles';

export interface RoleDeleteOutcome {
  itemsDeleted: string[];
  errors: { name: string; error: { status: number; payload: { message: string } } }[];
}

interface Props {
  clusterId: string;
  names: string[];
  onCancel: () => void;
  onDone: (outcome: RoleDeleteOutcome) => void;
}

/** Names exactly what will be deleted: users keep the role name, but it grants nothing any more. */
export function DeleteRolesModal({ clusterId, names, onCancel, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const many = names.length > 1;

  async function confirm() {
    setBusy(true);
    setFailure(undefined);
    try {
      // One request for all: the route takes "a,b" and answers per name.
      onDone(await fetchJson<RoleDeleteOutcome>(`${rolesUrl(clusterId)}/${names.map(encodeURIComponent).join(',')}`, { method: 'DELETE' }));
    } catch (error) {
      setFailure(error instanceof ApiRequestError ? error.message : 'The deletion failed.');
      setBusy(false);
    }
  }

  return (
    <EuiConfirmModal
      title={many ? `Delete ${names.length} roles?` : `Delete role "${names[0]}"?`}
      onCancel={onCancel}
      onConfirm={confirm}
      cancelButtonText="Cancel"
      confirmButtonText={many ? 'Delete them' : 'Delete'}
      buttonColor="danger"
      isLoading={busy}
      // EUI names the buttons confirmModalConfirmButton and confirmModalCancelButton.
      data-test-subj="rolesDeleteModal"
    >
      <EuiText size="s">
        <p>Users and API keys that have {many ? 'these roles' : 'this role'} keep the name, but it grants nothing any more.</p>
        <ul data-test-subj="rolesDeleteNames">{names.map((name) => <li key={name}>{name}</li>)}</ul>
      </EuiText>
      {failure && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj="rolesDeleteError" />
        </>
      )}
    </EuiConfirmModal>
  );
}
