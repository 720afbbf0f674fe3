'use client';
import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';
import { InvalidateApiKeysModal } from '@/components/api-keys/invalidate-api-keys-modal';
import { useRemoteKeys } from '@/components/roles/use-roles';
import { useToasts } from '@/components/layout/toasts';
import { VisibleText } from '@/components/shared/visible-text';
import { TextWithConsoleLinks } from '@/components/shared/text-with-console-links';
import type { RegisteredClusterView } from '@/lib/clusters/model';

interface Props {
  alias: string;
  /** The registered cluster chosen as the remote at the top of the page, if any. */
  remoteCluster: RegisteredClusterView | undefined;
}

/**
 * After a rollback the cross-cluster API key made for the migration still works on the remote: anyone holding its
 * encoded value could connect with it. Offers to invalidate the keys this migration made (tagged with its alias).
 */
export function MigrationKeyCleanup({ alias, remoteCluster }: Props) {
  const signedIn = remoteCluster?.signedIn === true;
  const keys = useRemoteKeys(signedIn ? remoteCluster.id : undefined);
  const toast = useToasts();
  const [confirming, setConfirming] = useState(false);
  const made = (keys.data ?? []).filter(
    (key) => !key.invalidated && key.metadata.purpose === 'migration' && key.metadata.alias === alias,
  );

  if (!signedIn || !remoteCluster) {
    return (
      <EuiCallOut size="s" color="warning" iconType="key" title="The key made for this migration may still be active">
        <EuiText size="s">
          <TextWithConsoleLinks
            text={
              `Sign in to the remote cluster at the top of this page to invalidate it here, or invalidate it on ` +
              `/api-keys (its metadata says purpose "migration" and alias "${alias}").`
            }
          />
        </EuiText>
      </EuiCallOut>
    );
  }
  if (keys.data && made.length === 0) {
    return (
      <EuiText size="s" color="subdued" data-test-subj="migrationKeyCleanupNone">
        <p>No active key made for this migration is left on {remoteCluster.displayName}.</p>
      </EuiText>
    );
  }
  return (
    <div data-test-subj="migrationKeyCleanup">
      <EuiCallOut
        size="s"
        color="warning"
        iconType="key"
        title={
          `Still active on ${remoteCluster.displayName}: ` +
          `the key${made.length > 1 ? 's' : ''} made for this migration`
        }
      >
        <ul>
          {made.map((key) => (
            <li key={key.id}>
              <VisibleText text={key.name} /> <small>({key.id})</small>
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
          data-test-subj="migrationKeyCleanupInvalidate"
        >
          Invalidate {made.length > 1 ? 'them' : 'it'}
        </EuiButton>
      </EuiCallOut>
      {confirming && (
        <InvalidateApiKeysModal
          clusterId={remoteCluster.id}
          apiKeys={made}
          onCancel={() => setConfirming(false)}
          onDone={(outcome) => {
            setConfirming(false);
            if (outcome.invalidated.length > 0)
              toast({
                title: `Invalidated the migration's key on ${remoteCluster.displayName}`,
                testSubj: 'migrationKeyInvalidatedToast',
              });
            void keys.mutate();
          }}
        />
      )}
    </div>
  );
}
