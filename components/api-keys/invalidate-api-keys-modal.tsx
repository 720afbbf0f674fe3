'use client';
import { useState } from 'react';
import { EuiCallOut, EuiConfirmModal, EuiSpacer, EuiText } from '@elastic/eui';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';

export interface InvalidateOutcome {
  invalidated: string[];
  errors: { id: string; error: { status: number; payload: { message: string } } }[];
}

interface Props {
  keysUrl: string;
  apiKeys: CrossClusterApiKey[];
  onCancel: () => void;
  onDone: (outcome: InvalidateOutcome) => void;
}

/** Lists exactly which keys go: invalidation cannot be undone, and names are not unique. */
export function InvalidateApiKeysModal({ keysUrl, apiKeys, onCancel, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const many = apiKeys.length > 1;

  async function confirm() {
    setBusy(true);
    setFailure(undefined);
    try {
      const ids = apiKeys.map((key) => encodeURIComponent(key.id)).join(',');
      onDone(await fetchJson<InvalidateOutcome>(`${keysUrl}/${ids}`, { method: 'DELETE' }));
    } catch (error) {
      setFailure(error instanceof ApiRequestError ? error.message : 'The invalidation failed.');
      setBusy(false);
    }
  }

  return (
    <EuiConfirmModal
      title={many ? `Invalidate ${apiKeys.length} cross-cluster API keys?` : `Invalidate cross-cluster API key "${apiKeys[0]?.name}"?`}
      onCancel={onCancel}
      onConfirm={confirm}
      cancelButtonText="Cancel"
      confirmButtonText={many ? 'Invalidate them' : 'Invalidate'}
      buttonColor="danger"
      isLoading={busy}
      // EUI names the buttons confirmModalConfirmButton and confirmModalCancelButton.
      data-test-subj="apiKeysInvalidateModal"
    >
      <EuiText size="s">
        <p>
          Local clusters connecting with {many ? 'these keys' : 'this key'} lose access at once: their searches and
          replication through it fail. This cannot be undone; a new key would have to be installed in their keystores.
        </p>
        <ul data-test-subj="apiKeysInvalidateNames">
          {apiKeys.map((key) => (
            <li key={key.id}>
              {key.name} <small>({key.id})</small>
            </li>
          ))}
        </ul>
      </EuiText>
      {failure && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj="apiKeysInvalidateError" />
        </>
      )}
    </EuiConfirmModal>
  );
}
