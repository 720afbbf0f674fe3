'use client';
import { apiPath } from '@/lib/api/paths';
import type { BulkOutcome } from '@/components/shared/bulk-outcome-callout';
import { ConfirmItemsModal } from '../shared/confirm-items-modal';

interface Props {
  clusterId: string;
  usernames: string[];
  onCancel: () => void;
  onDone: (outcome: BulkOutcome) => void;
}

/** Names exactly who will be deleted, and what that does to them. */
export function DeleteUsersModal({ clusterId, usernames, onCancel, onDone }: Props) {
  const many = usernames.length > 1;
  return (
    <ConfirmItemsModal
      title={many ? `Delete ${usernames.length} users?` : `Delete user "${usernames[0]}"?`}
      confirmText={many ? 'Delete them' : 'Delete'}
      explanation={
        `${many ? 'These users' : 'This user'} can no longer sign in. ` +
        'API keys they created keep working until they expire or are invalidated.'
      }
      items={usernames.map((name) => ({ key: name, label: name }))}
      // One request for all: the route takes "a,b" and answers per name.
      deleteUrl={apiPath('user', { id: clusterId, username: usernames })}
      invalidates={[apiPath('users', { id: clusterId })]}
      failureText="The deletion failed."
      testSubj="usersDelete"
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}
