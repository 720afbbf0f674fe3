'use client';
import { EuiBasicTable, EuiButton, EuiCallOut, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { keystoreCommands } from '@/lib/cross-cluster-api-keys/keystore-commands';
import { nodesMissingCredentials, type NodeReload, type ReloadResult } from '@/lib/connect/reload';
import type { ConnectProgress } from '@/lib/connect/progress';
import { useApiAction } from '@/components/api/use-api-action';
import { NodeKeystoreCommands } from '@/components/shared/node-keystore-commands';
import { OneTimeKey } from '@/components/shared/one-time-key';
import { apiPath } from '@/lib/api/paths';

interface Props {
  localClusterId: string;
  progress: ConnectProgress;
  /** The new key's encoded value, in memory only: gone after a reload of the page, by design. */
  encodedKey: string | undefined;
  localNodeNames: string[];
  onReloaded: (result: ReloadResult) => void;
}

/**
 * Step c: the administrator's terminal step on every local node, then a reload the console makes and reports per node.
 */
export function KeystoreStep({ localClusterId, progress, encodedKey, localNodeNames, onReloaded }: Props) {
  const reloading = useApiAction<never, ReloadResult>('POST');
  const result = reloading.data;
  const failure = reloading.error && (reloading.error.message || 'The reload failed.');
  const instructions = keystoreCommands(progress.alias, localNodeNames.length > 0 ? localNodeNames : ['every node']);
  const missing = result ? nodesMissingCredentials(result, progress.alias) : null;

  async function reload() {
    const url = apiPath('reloadSecureSettings', { id: localClusterId });
    const reloaded = await reloading.trigger({ url }).catch(() => undefined);
    if (reloaded) onReloaded(reloaded);
  }

  return (
    <div data-test-subj="connectKeystoreStep">
      {encodedKey ? (
        <OneTimeKey
          encoded={encodedKey}
          title="Copy the key now: it is shown only this once and the console does not keep it."
          testSubj="connectEncodedKey"
        />
      ) : (
        <EuiCallOut
          color="primary"
          iconType="info"
          size="s"
          title={
            `Key ${progress.key?.id ?? ''}: the encoded value is no longer ` +
            `shown. If you did not copy it, go back and create a new key.`
          }
        />
      )}
      <EuiSpacer />
      <EuiTitle size="xs">
        <h3>On every node of the local cluster</h3>
      </EuiTitle>
      <EuiText size="s">
        <p>
          Run from the Elasticsearch home directory as the user that owns the keystore, and paste the key when asked (it
          stays out of the shell history):
        </p>
      </EuiText>
      <EuiSpacer size="s" />
      <NodeKeystoreCommands nodes={instructions.nodes} testSubj={() => 'connectKeystoreCommand'} />
      <EuiSpacer />
      <EuiText size="s">
        <p>
          Then reload the secure settings on all nodes (no restart needed from 8.13 on). The console sends{' '}
          <code>{instructions.reloadRequest}</code> as you:
        </p>
      </EuiText>
      <EuiSpacer size="s" />
      {failure && (
        <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj="connectReloadError" />
      )}
      <EuiButton
        fill
        onClick={reload}
        isLoading={reloading.isMutating}
        iconType="refresh"
        data-test-subj="connectReloadButton"
      >
        Reload secure settings
      </EuiButton>
      {result && (
        <>
          <EuiSpacer />
          <EuiBasicTable<NodeReload>
            tableCaption="Reload of secure settings per node"
            items={result.nodes}
            data-test-subj="connectReloadResult"
            columns={[
              { field: 'name', name: 'Node' },
              { name: 'Reloaded', render: (node: NodeReload) => (node.reloaded ? 'yes' : `no: ${node.error ?? ''}`) },
              {
                name: `Holds ${instructions.settingName}`,
                render: (node: NodeReload) =>
                  node.secureSettingNames
                    ? node.secureSettingNames.includes(instructions.settingName)
                      ? 'yes'
                      : 'no'
                    : 'not reported before 9.3',
              },
            ]}
          />
          {result.failedNodes.length > 0 && (
            <EuiCallOut
              color="danger"
              iconType="error"
              size="s"
              data-test-subj="connectReloadFailedNodes"
              title={
                `The reload failed on ${result.failedNodes.join(', ')}: fix the keystore ` +
                `there (a password-protected keystore needs its password) and reload again.`
              }
            />
          )}
          {result.limits.map((limit) => (
            <EuiCallOut
              key={limit.rule}
              color={limit.rule === 'credentials_reload' ? 'warning' : 'primary'}
              iconType={limit.rule === 'credentials_reload' ? 'warning' : 'info'}
              size="s"
              title={limit.message}
              data-test-subj={`connectReloadLimit-${limit.rule}`}
            />
          ))}
          {missing && missing.length > 0 && (
            <EuiCallOut
              color="warning"
              iconType="warning"
              size="s"
              data-test-subj="connectReloadMissing"
              title={
                `${missing.join(', ')} ${missing.length === 1 ? 'does' : 'do'} not hold ` +
                `${instructions.settingName}: run the command there, then reload again.`
              }
            />
          )}
        </>
      )}
    </div>
  );
}
