'use client';
import { EuiCallOut, EuiFieldText, EuiFormRow, EuiLoadingSpinner, EuiSelect, EuiSpacer, EuiSwitch } from '@elastic/eui';
import { ClusterSignInForm } from '@/components/clusters/cluster-sign-in-form';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import type { ApiRequestError } from '@/lib/http/fetch-json';
import { visibleText } from '@/lib/validation/plain-text';

export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

interface Props {
  alias: string;
  /** Registered clusters other than the local one: the remote is one of them. */
  candidates: RegisteredClusterView[];
  keyCluster: RegisteredClusterView | undefined;
  onKeyCluster: (id: string) => void;
  keys: CrossClusterApiKey[] | undefined;
  keysError: ApiRequestError | undefined;
  /**
   * The session's sign-in there has ended (the key list answered 401), though the cluster list still says signed in.
   */
  needsSignIn: boolean;
  keyId: string | undefined;
  onKeyId: (id: string) => void;
  paste: boolean;
  onPaste: (paste: boolean) => void;
  pasted: string;
  onPasted: (text: string) => void;
  onSignedIn: () => void;
}

const signInState = (cluster: { signedIn: boolean; username: string | null }) =>
  cluster.signedIn ? `signed in as ${cluster.username ?? 'you'}` : 'not signed in';

function keyText(key: CrossClusterApiKey): string {
  const state = key.invalidated ? ', invalidated' : key.expired ? ', expired' : '';
  const alias = key.metadata.alias === undefined ? '' : ` · alias ${String(key.metadata.alias)}`;
  return `${visibleText(key.name)} (${key.accessSummary}${state})${alias}`;
}

/**
 * Where the key behind an API-key remote lives (a registered cluster), and which key it is: listed there, or pasted.
 */
export function KeyChoice(props: Props) {
  const { alias, candidates, keyCluster, keys, keysError, needsSignIn, keyId, paste, pasted } = props;
  const pastedInvalid = paste && pasted.trim() !== '' && !KEY_ID_PATTERN.test(pasted.trim());
  return (
    <>
      <EuiFormRow
        label="The remote cluster, as registered in the console"
        helpText={`The cluster ${alias} points to: its cross-cluster API key is read there.`}
        fullWidth
      >
        <EuiSelect
          fullWidth
          hasNoInitialSelection={keyCluster === undefined}
          options={candidates.map((cluster) => ({
            value: cluster.id,
            text: `${cluster.displayName} (${signInState(cluster)}${cluster.reachable ? '' : ', unreachable'})`,
          }))}
          value={keyCluster?.id ?? ''}
          onChange={(event) => props.onKeyCluster(event.target.value)}
          aria-label="Registered cluster that the remote is"
          data-test-subj="rolesAccessKeyCluster"
        />
      </EuiFormRow>
      {candidates.length === 0 && (
        <EuiCallOut
          size="s"
          color="warning"
          iconType="warning"
          title="No other cluster is registered with the console: the key cannot be read."
          data-test-subj="rolesAccessNoKeyCluster"
        />
      )}
      <EuiSpacer size="m" />
      {keyCluster && (!keyCluster.signedIn || needsSignIn) ? (
        <ClusterSignInForm
          clusterId={keyCluster.id}
          displayName={keyCluster.displayName}
          reason={
            `The key behind ${alias} lives on ${keyCluster.displayName}: ` +
            `sign in there to read it (manage_api_key or manage_security).`
          }
          onSignedIn={props.onSignedIn}
        />
      ) : keyCluster ? (
        <>
          <EuiSwitch
            compressed
            label="Paste a key id instead of choosing from the list"
            checked={paste}
            onChange={(event) => props.onPaste(event.target.checked)}
            data-test-subj="rolesAccessPasteSwitch"
          />
          <EuiSpacer size="s" />
          {paste ? (
            <EuiFormRow
              label="Cross-cluster API key id"
              isInvalid={pastedInvalid}
              error={pastedInvalid ? 'must be an API key id (letters, digits, _ and -)' : undefined}
              fullWidth
            >
              <EuiFieldText
                fullWidth
                value={pasted}
                isInvalid={pastedInvalid}
                onChange={(event) => props.onPasted(event.target.value)}
                data-test-subj="rolesAccessKeyIdInput"
              />
            </EuiFormRow>
          ) : keysError ? (
            <EuiCallOut
              size="s"
              color="danger"
              iconType="error"
              title={`The keys of ${keyCluster.displayName} could not be listed: ${keysError.message}`}
              data-test-subj="rolesAccessKeysError"
            >
              <p>Paste the key&apos;s id instead, or sign in there as a user with manage_api_key.</p>
            </EuiCallOut>
          ) : !keys ? (
            <EuiLoadingSpinner data-test-subj="rolesAccessKeysLoading" />
          ) : (
            <EuiFormRow
              label="Cross-cluster API key"
              helpText={
                "The key the local cluster's keystore holds for this " +
                'remote (the connect flow tags it with the alias).'
              }
              fullWidth
            >
              <EuiSelect
                fullWidth
                hasNoInitialSelection={keyId === undefined}
                options={keys.map((key) => ({ value: key.id, text: keyText(key) }))}
                value={keyId ?? ''}
                onChange={(event) => props.onKeyId(event.target.value)}
                aria-label="Cross-cluster API key behind the remote"
                data-test-subj="rolesAccessKey"
              />
            </EuiFormRow>
          )}
        </>
      ) : null}
    </>
  );
}
