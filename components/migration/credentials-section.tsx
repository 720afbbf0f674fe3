'use client';
import { EuiCallOut, EuiCodeBlock, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import { useApiAction } from '@/components/api/use-api-action';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import type { CreatedApiKey } from '../api-keys/created-key-modal';
import { KeyForm } from '../api-keys/form/key-form';
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

/** Step c4, before its "Reload and check": the key on the remote, shown once, and the keystore command per node. */
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
        <>
          <EuiCallOut
            color="warning"
            iconType="key"
            size="s"
            data-test-subj="migrationKeyCreated"
            title={
              `Key "${createdKey.name}" (id ${createdKey.id}) created. Copy it ` +
              `now: it is shown only this once and the console does not keep it.`
            }
          />
          <EuiSpacer size="s" />
          <EuiCodeBlock
            isCopyable
            language="text"
            fontSize="s"
            paddingSize="s"
            data-test-subj="migrationEncodedKey"
            aria-label="Encoded cross-cluster API key"
          >
            {createdKey.encoded}
          </EuiCodeBlock>
        </>
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
      <EuiTitle size="xxs">
        <h4>3. On every node of the local cluster</h4>
      </EuiTitle>
      <EuiText size="s">
        <p>
          Run from the Elasticsearch home directory as the keystore&apos;s owner, and paste the key when asked (it stays
          out of the shell history):
        </p>
      </EuiText>
      <EuiSpacer size="xs" />
      {keystore.add.nodes.map((node) => (
        <div key={node.nodeName} data-test-subj={`migrationKeystoreCommand-${node.nodeName}`}>
          <EuiText size="xs">
            <strong>{node.nodeName}</strong>
          </EuiText>
          <EuiCodeBlock isCopyable language="bash" fontSize="s" paddingSize="s">
            {node.command}
          </EuiCodeBlock>
        </div>
      ))}
      <EuiSpacer />
      <EuiTitle size="xxs">
        <h4>4. Reload the secure settings and check every node holds {keystore.add.settingName}</h4>
      </EuiTitle>
      <EuiSpacer size="xs" />
    </div>
  );
}
