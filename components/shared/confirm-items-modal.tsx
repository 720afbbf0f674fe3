'use client';
import type { ReactNode } from 'react';
import { EuiCallOut, EuiConfirmModal, EuiSpacer, EuiText } from '@elastic/eui';
import { useApiAction } from '@/components/api/use-api-action';

interface Props<Outcome> {
  title: string;
  confirmText: string;
  /** What the action does to the items, in the words of the page (shown above the list). */
  explanation: ReactNode;
  items: { key: string; label: ReactNode }[];
  /** The one DELETE that acts on all the items (an apiPath URL); its per-item outcome goes to onDone. */
  deleteUrl: string;
  /** The reads the DELETE changes (the list the items are in): read again once it answers. */
  invalidates: readonly string[];
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
  deleteUrl,
  invalidates,
  failureText,
  testSubj,
  onCancel,
  onDone,
}: Props<Outcome>) {
  const write = useApiAction<never, Outcome>('DELETE', { invalidates });
  const failure = write.error ? write.error.message || failureText : undefined;

  async function confirm() {
    // A failure stays in write.error and keeps the modal open with its reason.
    const outcome = await write.trigger({ url: deleteUrl }).catch(() => undefined);
    if (outcome !== undefined) onDone(outcome);
  }

  return (
    <EuiConfirmModal
      title={title}
      onCancel={onCancel}
      onConfirm={confirm}
      cancelButtonText="Cancel"
      confirmButtonText={confirmText}
      buttonColor="danger"
      isLoading={write.isMutating}
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
