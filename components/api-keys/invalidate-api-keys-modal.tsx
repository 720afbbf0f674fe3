'use client';
import type { ItemError } from '@/lib/http/item-error';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { apiPath } from '@/lib/api/paths';
import { ConfirmItemsModal } from '../shared/confirm-items-modal';
import { VisibleText } from '@/components/shared/visible-text';

export interface InvalidateOutcome {
  invalidated: string[];
  errors: { id: string; error: ItemError }[];
}

interface Props {
  clusterId: string;
  apiKeys: CrossClusterApiKey[];
  onCancel: () => void;
  onDone: (outcome: InvalidateOutcome) => void;
}

/** Lists exactly which keys go: invalidation cannot be undone, and names are not unique. */
export function InvalidateApiKeysModal({ clusterId, apiKeys, onCancel, onDone }: Props) {
  const many = apiKeys.length > 1;
  return (
    <ConfirmItemsModal
      title={
        many
          ? `Invalidate ${apiKeys.length} cross-cluster API keys?`
          : `Invalidate cross-cluster API key "${apiKeys[0]?.name}"?`
      }
      confirmText={many ? 'Invalidate them' : 'Invalidate'}
      explanation={
        `Local clusters connecting with ${many ? 'these keys' : 'this key'} ` +
        `lose access at once: their searches and ` +
        `replication through it fail. This cannot be undone; a ` +
        `new key would have to be installed in their keystores.`
      }
      items={apiKeys.map((key) => ({
        key: key.id,
        label: (
          <>
            <VisibleText text={key.name} /> <small>({key.id})</small>
          </>
        ),
      }))}
      deleteUrl={apiPath('crossClusterApiKey', { id: clusterId, ids: apiKeys.map((key) => key.id) })}
      invalidates={[apiPath('crossClusterApiKeys', { id: clusterId })]}
      failureText="The invalidation failed."
      testSubj="apiKeysInvalidate"
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}
