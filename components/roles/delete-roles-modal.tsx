'use client';
import type { ItemError } from '@/lib/http/item-error';
import { apiPath } from '@/lib/api/paths';
import { ConfirmItemsModal } from '../shared/confirm-items-modal';

export interface RoleDeleteOutcome {
  itemsDeleted: string[];
  errors: { name: string; error: ItemError }[];
}

interface Props {
  clusterId: string;
  names: string[];
  onCancel: () => void;
  onDone: (outcome: RoleDeleteOutcome) => void;
}

/** Names exactly what will be deleted: users keep the role name, but it grants nothing any more. */
export function DeleteRolesModal({ clusterId, names, onCancel, onDone }: Props) {
  const many = names.length > 1;
  return (
    <ConfirmItemsModal
      title={many ? `Delete ${names.length} roles?` : `Delete role "${names[0]}"?`}
      confirmText={many ? 'Delete them' : 'Delete'}
      explanation={
        `Users and API keys that have ${many ? 'these roles' : 'this role'} ` +
        `keep the name, but it grants nothing any more.`
      }
      items={names.map((name) => ({ key: name, label: name }))}
      // One request for all: the route takes "a,b" and answers per name.
      deleteUrl={apiPath('role', { id: clusterId, name: names })}
      invalidates={[apiPath('roles', { id: clusterId })]}
      failureText="The deletion failed."
      testSubj="rolesDelete"
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}
