'use client';
import { EuiCallOut, EuiText } from '@elastic/eui';
import { AliasKeysCleanup } from '@/components/api-keys/alias-keys-cleanup';
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
  if (remoteCluster?.signedIn !== true) {
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
  return (
    <AliasKeysCleanup
      cluster={remoteCluster}
      matches={(key) => key.metadata.purpose === 'migration' && key.metadata.alias === alias}
      madeFor="this migration"
      toastTitle={`Invalidated the migration's key on ${remoteCluster.displayName}`}
      testSubj="migrationKeyCleanup"
    />
  );
}
