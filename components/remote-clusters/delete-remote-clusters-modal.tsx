'use client';
import type { ItemError } from '@/lib/http/item-error';
import { apiPath } from '@/lib/api/paths';
import { ConfirmItemsModal } from '../shared/confirm-items-modal';

export interface DeleteOutcome {
  itemsDeleted: string[];
  errors: { name: string; error: ItemError }[];
}

interface Props {
  clusterId: string;
  names: string[];
  onCancel: () => void;
  onDone: (outcome: DeleteOutcome) => void;
}

/** Lists exactly what will be removed; the request removes every setting of each alias. */
export function DeleteRemoteClustersModal({ clusterId, names, onCancel, onDone }: Props) {
  const many = names.length > 1;
  return (
    <ConfirmItemsModal
      title={many ? `Remove ${names.length} remote clusters?` : `Remove remote cluster "${names[0]}"?`}
      confirmText={many ? 'Remove them' : 'Remove'}
      explanation={
        `Searches and replication through ` +
        `${many ? 'these aliases' : 'this alias'} stop. Every ` +
        `setting of ${many ? 'each alias' : 'the alias'} ` +
        `is removed from the cluster settings.`
      }
      items={names.map((name) => ({ key: name, label: name }))}
      deleteUrl={apiPath('remoteCluster', { id: clusterId, name: names })}
      invalidates={[apiPath('remoteClusters', { id: clusterId })]}
      failureText="The removal failed."
      testSubj="deleteRemoteClusters"
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}
