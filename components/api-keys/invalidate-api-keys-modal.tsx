'use client';
import type { ItemError } from '@/lib/http/item-error';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { fetchJson } from '@/lib/http/fetch-json';
import { ConfirmItemsModal } from '../shared/confirm-items-modal';

export interface InvalidateOutcome {
  invalidated: string[];
  errors: { id: string; error: ItemError }[];
}

interface Props {
  keysUrl: string;
  apiKeys: CrossClusterApiKey[];
  onCancel: () => void;
  onDone: (outcome: InvalidateOutcome) => void;
}

/** Lists exactly which keys go: invalidation cannot be undone, and names are not unique. */
export function InvalidateApiKeysModal({ keysUrl, apiKeys, onCancel, onDone }: Props) {
  const many = apiKeys.length > 1;
  return (
    <ConfirmItemsModal
      title={
        many
          ? `Invalidate ${apiKeys.length} cross-cluster API keys?`
          : `Invalidate cross-cluster API key "${apiKeys[0]?.name}"?`
      }
      confirmText={many ? 'Invalidate them' : 'Invalidate'}
      explanation={`Local clusters connecting with ${many ? 'these keys' : 'this key'} lose access at once: their searches and replication through it fail. This cannot be undone; a new key would have to be installed in their keystores.`}
      items={apiKeys.map((key) => ({
        key: key.id,
        label: (
          <>
            {key.name} <small>({key.id})</small>
          </>
        ),
      }))}
      request={() =>
        fetchJson<InvalidateOutcome>(`${keysUrl}/${apiKeys.map((key) => encodeURIComponent(key.id)).join(',')}`, {
          method: 'DELETE',
        })
      }
      failureText="The invalidation failed."
      testSubj="apiKeysInvalidate"
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}
