'use client';
import { useState, type ReactNode } from 'react';
import { EuiCallOut, EuiConfirmModal, EuiSpacer, EuiText } from '@elastic/eui';
import { ApiRequestError } from '@/lib/http/fetch-json';

interface Props<Outcome> {
  title: string;
  confirmText: string;
  /** What the action does to the items, in the words of the page (shown above the list). */
  explanation: ReactNode;
  items: { key: string; label: ReactNode }[];
  /** The one request that acts on all the items; its per-item outcome goes to onDone. */
  request: () => Promise<Outcome>;
  failureText: string;
  /** Prefix of the modal's data-test-subj: <prefix>Modal, <prefix>Names, <prefix>Error. */
  testSubj: string;
  onCancel: () => void;
  onDone: (outcome: Outcome) => void;
}

/**
 * Names exactly what a destructive bulk action will touch before it runs, and keeps the modal open with the reason
 * when the request fails. EUI names the buttons confirmModalConfirmButton and confirmModalCancelButton.
 */
export function ConfirmItemsModal<Outcome>({
  title,
  confirmText,
  explanation,
  items,
  request,
  failureText,
  testSubj,
  onCancel,
  onDone,
}: Props<Outcome>) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  async function confirm() {
    setBusy(true);
    setFailure(undefined);
    try {
      onDone(await request());
    } catch (error) {
      setFailure(error instanceof ApiRequestError ? error.message : failureText);
      setBusy(false);
    }
  }

  return (
    <EuiConfirmModal
      title={title}
      onCancel={onCancel}
      onConfirm={confirm}
      cancelButtonText="Cancel"
      confirmButtonText={confirmText}
      buttonColor="danger"
      isLoading={busy}
      data-test-subj={`${testSubj}Modal`}
    >
      <EuiText size="s">
        <p>{explanation}</p>
        <ul data-test-subj={`${testSubj}Names`}>
          {items.map((item) => (
            <li key={item.key}>{item.label}</li>
          ))}
        </ul>
      </EuiText>
      {failure && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj={`${testSubj}Error`} />
        </>
      )}
    </EuiConfirmModal>
  );
}
