'use client';
import { useState } from 'react';
import { EuiCallOut, EuiConfirmModal, EuiSpacer, EuiText } from '@elastic/eui';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';

export interface DeleteOutcome {
  itemsDeleted: string[];
  errors: { name: string; error: { status: number; payload: { message: string } } }[];
}

interface Props {
  baseUrl: string;
  names: string[];
  onCancel: () => void;
  onDone: (outcome: DeleteOutcome) => void;
}

/** Lists exactly what will be removed; the request removes every setting of each alias. */
export function DeleteRemoteClustersModal({ baseUrl, names, onCancel, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const many = names.length > 1;

  async function confirm() {
    setBusy(true);
    setFailure(undefined);
    try {
      onDone(await fetchJson<DeleteOutcome>(`${baseUrl}/${names.map(encodeURIComponent).join(',')}`, { method: 'DELETE' }));
    } catch (error) {
      setFailure(error instanceof ApiRequestError ? error.message : 'The removal failed.');
      setBusy(false);
    }
  }

  return (
    <EuiConfirmModal
      title={many ? `Remove ${names.length} remote clusters?` : `Remove remote cluster "${names[0]}"?`}
      onCancel={onCancel}
      onConfirm={confirm}
      cancelButtonText="Cancel"
      confirmButtonText={many ? 'Remove them' : 'Remove'}
      buttonColor="danger"
      isLoading={busy}
      // EUI names the buttons confirmModalConfirmButton and confirmModalCancelButton.
      data-test-subj="deleteRemoteClustersModal"
    >
      <EuiText size="s">
        <p>Searches and replication through {many ? 'these aliases' : 'this alias'} stop. Every setting of {many ? 'each alias' : 'the alias'} is removed from the cluster settings.</p>
        <ul data-test-subj="deleteRemoteClustersNames">
          {names.map((name) => <li key={name}>{name}</li>)}
        </ul>
      </EuiText>
      {failure && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj="deleteRemoteClustersError" />
        </>
      )}
    </EuiConfirmModal>
  );
}
