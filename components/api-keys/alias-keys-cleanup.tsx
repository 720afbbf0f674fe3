'use client';
import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';
import { InvalidateApiKeysModal } from '@/components/api-keys/invalidate-api-keys-modal';
import { useRemoteKeys } from '@/components/roles/use-roles';
import { useToasts } from '@/components/layout/toasts';
import { VisibleText } from '@/components/shared/visible-text';
import { creatorOf, formatDate } from './api-key-cells';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';

interface Props {
  /** A registered cluster the person is signed in to, where the keys are looked for. */
  cluster: RegisteredClusterView;
  /** Which of its keys are the ones to offer (read from their metadata). */
  matches: (key: CrossClusterApiKey) => boolean;
  /** What the keys were made for, after "the key made for": "this migration", "prod". */
  madeFor: string;
  toastTitle: string;
  testSubj: string;
}

/**
 * A cross-cluster API key outlives what it was made for: anyone holding its encoded value can still connect with
 * it. Lists the active keys on one cluster that were made for something now gone, and offers to invalidate them.
 */
export function AliasKeysCleanup({ cluster, matches, madeFor, toastTitle, testSubj }: Props) {
  const keys = useRemoteKeys(cluster.id);
  const toast = useToasts();
  const [confirming, setConfirming] = useState(false);
  const made = (keys.data ?? []).filter((key) => !key.invalidated && matches(key));

  if (keys.error)
    return (
      <EuiCallOut
        size="s"
        color="danger"
        iconType="error"
        title={`The keys of ${cluster.displayName} could not be read: ${keys.error.message}`}
        data-test-subj={`${testSubj}Error`}
      />
    );
  if (keys.data === undefined)
    return (
      <EuiText size="s" color="subdued" data-test-subj={`${testSubj}Loading`}>
        <p>Looking for the keys on {cluster.displayName}…</p>
      </EuiText>
    );
  if (made.length === 0) {
    return (
      <EuiText size="s" color="subdued" data-test-subj={`${testSubj}None`}>
        <p>
          No active key made for {madeFor} is left on {cluster.displayName}.
        </p>
      </EuiText>
    );
  }
  return (
    <div data-test-subj={testSubj}>
      <EuiCallOut
        size="s"
        color="warning"
        iconType="key"
        title={`Still active on ${cluster.displayName}: the key${made.length > 1 ? 's' : ''} made for ${madeFor}`}
      >
        <ul>
          {made.map((key) => (
            <li key={key.id}>
              <VisibleText text={key.name} />{' '}
              <small>
                ({key.id}, created {formatDate(key.createdAt)} by {creatorOf(key)})
              </small>
            </li>
          ))}
        </ul>
        <EuiSpacer size="s" />
        <EuiButton
          size="s"
          color="warning"
          iconType="trash"
          isDisabled={made.length === 0}
          onClick={() => setConfirming(true)}
          data-test-subj={`${testSubj}Invalidate`}
        >
          Invalidate {made.length > 1 ? 'them' : 'it'}
        </EuiButton>
      </EuiCallOut>
      {confirming && (
        <InvalidateApiKeysModal
          clusterId={cluster.id}
          apiKeys={made}
          onCancel={() => setConfirming(false)}
          onDone={(outcome) => {
            setConfirming(false);
            if (outcome.invalidated.length > 0) toast({ title: toastTitle, testSubj: `${testSubj}Toast` });
            void keys.mutate();
          }}
        />
      )}
    </div>
  );
}
