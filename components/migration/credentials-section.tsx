'use client';
import { EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import { useApiAction } from '@/components/api/use-api-action';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import type { CreatedApiKey } from '../api-keys/created-key-modal';
import { KeyForm } from '../api-keys/form/key-form';
import { LocalKeystoreInstructions } from './local-keystore-instructions';
import { OneTimeKey } from '../shared/one-time-key';
import { TrustCheck } from './trust-check';
import type { MigrationOverview } from './use-migration';

interface Props {
  localClusterId: string;
  overview: MigrationOverview;
  remoteCluster: RegisteredClusterView | undefined;
  remotePassword: string | undefined;
  defaultSearch: string[];
  /** The key made during this visit: its encoded value lives only here, in memory. */
  createdKey: CreatedApiKey | undefined;
  onKeyCreated: (key: CreatedApiKey) => void;
}

/**
 * The credentials step, before its "Reload and check": the key on the remote, shown once, and the keystore command
 * per node.
 */
export function CredentialsSection({
  localClusterId,
  overview,
  remoteCluster,
  remotePassword,
  defaultSearch,
  createdKey,
  onKeyCreated,
}: Props) {
  const { alias, keystore } = overview;
  const keyWrite = useApiAction<unknown, CreatedApiKey | CrossClusterApiKey>('POST');
  return (
    <div data-test-subj="migrationCredentials">
      <EuiTitle size="xxs">
        <h4>1. TLS trust and the remote cluster server</h4>
      </EuiTitle>
      <EuiSpacer size="xs" />
      <TrustCheck
        localClusterId={localClusterId}
        remoteClusterId={remoteCluster?.signedIn ? remoteCluster.id : undefined}
      />
      <EuiSpacer />
      <EuiTitle size="xxs">
        <h4>2. A cross-cluster API key on the remote</h4>
      </EuiTitle>
      <EuiSpacer size="xs" />
      {createdKey ? (
        <OneTimeKey
          encoded={createdKey.encoded}
          calloutTestSubj="migrationKeyCreated"
          testSubj="migrationEncodedKey"
          title={
            `Key "${createdKey.name}" (id ${createdKey.id}) created. Copy it ` +
            `now: it is shown only this once and the console does not keep it.`
          }
        />
      ) : !remoteCluster?.signedIn ? (
        <EuiText size="s" color="subdued" data-test-subj="migrationKeyNeedsRemote">
          <p>
            Choose the registered cluster that is {alias} at the top of the page and sign in there to create the key, or
            have its administrator create one.
          </p>
        </EuiText>
      ) : (
        // The key bounds what the local cluster may reach on the remote: its search patterns start from the roles'.
        <div data-test-subj="migrationKeyCreate">
          <KeyForm
            formId="migrationKeyForm"
            clusterId={remoteCluster.id}
            clusterDisplayName={remoteCluster.displayName}
            start={{
              name: `${alias}-migration`,
              searchPatterns: defaultSearch,
              metadata: { purpose: 'migration', alias },
            }}
            knownPassword={remotePassword}
            write={keyWrite}
            submitButton={{
              label: `Create the key on ${remoteCluster.displayName}`,
              testSubj: 'migrationKeyCreateButton',
            }}
            onCreated={onKeyCreated}
          />
        </div>
      )}
      <EuiSpacer />
      <LocalKeystoreInstructions
        localClusterId={localClusterId}
        alias={alias}
        keystore={keystore.add}
        encodedKey={createdKey?.encoded}
      />
      <EuiSpacer />
      <EuiTitle size="xxs">
        <h4>4. Reload the secure settings and check every node holds {keystore.add.settingName}</h4>
      </EuiTitle>
      <EuiSpacer size="xs" />
    </div>
  );
}
