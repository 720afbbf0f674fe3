'use client';
import { useState } from 'react';
import {
  EuiCallOut,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutHeader,
  EuiFormRow,
  EuiLoadingSpinner,
  EuiSelect,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { useClusters } from '@/components/clusters/use-clusters';
import { ClusterSignInForm } from '@/components/clusters/cluster-sign-in-form';
import { signInRequiredBy } from '@/components/api-keys/use-cross-cluster-api-keys';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { useEffectiveAccess, useRemoteKeys, type EffectiveAccessQuery } from '../use-roles';
import { AccessVerdicts } from './access-verdicts';
import { KEY_ID_PATTERN, KeyChoice } from './key-choice';
import { defaultAccessRemote, defaultKeyCluster, roleGrantsRemote } from '@/lib/roles/effective-access-defaults';

interface Props {
  clusterId: string;
  role: string;
  remotes: RemoteCluster[] | undefined;
  /** The aliases and patterns the role's remote_indices and remote_cluster name. */
  grantedRemotes: readonly string[];
  onClose: () => void;
}

/**
 * What the role really grants on one remote. For API-key remotes the answer depends on the cross-cluster API key
 * behind the remote, which lives on the remote cluster: the person picks that cluster (signing in there if needed)
 * and the key. Certificate-model remotes need nothing more: remote_indices do not apply to them at all.
 */
export function EffectiveAccessFlyout({ clusterId, role, remotes, grantedRemotes, onClose }: Props) {
  const clusters = useClusters();
  const [chosenAlias, setChosenAlias] = useState<string>();
  const [chosenCluster, setChosenCluster] = useState<string>();
  const [chosenKeyId, setChosenKeyId] = useState<string>();
  const [paste, setPaste] = useState(false);
  const [pasted, setPasted] = useState('');

  const alias = chosenAlias ?? defaultAccessRemote(remotes ?? [], grantedRemotes);
  const remote = remotes?.find((candidate) => candidate.name === alias);
  const candidates = (clusters.data ?? []).filter((cluster) => cluster.id !== clusterId);
  const keyCluster = candidates.find((cluster) => cluster.id === (chosenCluster ?? defaultKeyCluster(candidates)));
  const keys = useRemoteKeys(remote?.securityModel === 'api_key' && keyCluster?.signedIn ? keyCluster.id : undefined);
  const tagged = keys.data?.find((key) => !key.invalidated && !key.expired && key.metadata.alias === alias);
  const keyId = paste ? (KEY_ID_PATTERN.test(pasted.trim()) ? pasted.trim() : undefined) : (chosenKeyId ?? tagged?.id);

  const query: EffectiveAccessQuery | undefined =
    !remote || !alias
      ? undefined
      : remote.securityModel === 'certificate'
        ? { remote: alias }
        : keyCluster?.signedIn && keyId
          ? { remote: alias, keyCluster: keyCluster.id, keyId }
          : undefined;
  const access = useEffectiveAccess(clusterId, role, query);

  function signedIn() {
    void clusters.mutate();
    void keys.mutate();
    void access.mutate();
  }

  return (
    <EuiFlyout
      onClose={onClose}
      size="m"
      ownFocus
      aria-labelledby="rolesAccessTitle"
      data-test-subj="rolesEffectiveAccessFlyout"
      closeButtonProps={{ 'aria-label': 'Close', 'data-test-subj': 'rolesAccessClose' }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id="rolesAccessTitle">Effective access of &quot;{role}&quot;</h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiText size="s" color="subdued">
          <p>
            With the API-key model, the cross-cluster API key behind a remote bounds every request: the role only
            narrows it. This reads the saved role, the key and the remote&apos;s index names; nothing is changed.
          </p>
        </EuiText>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiFormRow
          label="Remote cluster"
          helpText={
            remote ? `${remote.securityModel === 'api_key' ? 'API-key' : 'Certificate'} security model.` : undefined
          }
          fullWidth
        >
          <EuiSelect
            fullWidth
            isLoading={remotes === undefined}
            hasNoInitialSelection={alias === undefined}
            options={(remotes ?? []).map((candidate) => ({
              value: candidate.name,
              text:
                `${candidate.name} (${candidate.securityModel === 'api_key' ? 'API key' : 'certificate'})` +
                (roleGrantsRemote(grantedRemotes, candidate.name) ? '' : ' · not granted by this role'),
            }))}
            value={alias ?? ''}
            onChange={(event) => {
              setChosenAlias(event.target.value);
              setChosenKeyId(undefined);
            }}
            aria-label="Remote cluster to check"
            data-test-subj="rolesAccessRemote"
          />
        </EuiFormRow>
        {remotes !== undefined &&
          remotes.length > 0 &&
          !remotes.some((r) => roleGrantsRemote(grantedRemotes, r.name)) && (
            <EuiCallOut
              size="s"
              color="primary"
              iconType="info"
              title="This role grants nothing on this cluster's remotes: pick one to see that every request is refused."
              data-test-subj="rolesAccessNoneGranted"
            />
          )}
        {remotes?.length === 0 && (
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title="This cluster has no remote clusters."
            data-test-subj="rolesAccessNoRemotes"
          />
        )}
        <EuiSpacer size="m" />
        {remote?.securityModel === 'api_key' && alias && (
          <KeyChoice
            alias={alias}
            candidates={candidates}
            keyCluster={keyCluster}
            onKeyCluster={(id) => {
              setChosenCluster(id);
              setChosenKeyId(undefined);
            }}
            keys={keys.data}
            keysError={signInRequiredBy(keys.error) ? undefined : keys.error}
            needsSignIn={signInRequiredBy(keys.error)}
            keyId={keyId}
            onKeyId={setChosenKeyId}
            paste={paste}
            onPaste={setPaste}
            pasted={pasted}
            onPasted={setPasted}
            onSignedIn={signedIn}
          />
        )}
        <EuiSpacer size="l" />
        {signInRequiredBy(access.error) && keyCluster ? (
          <ClusterSignInForm
            clusterId={keyCluster.id}
            displayName={keyCluster.displayName}
            reason={`Your sign-in on ${keyCluster.displayName} has ended: sign in again to read the key.`}
            onSignedIn={signedIn}
          />
        ) : access.error ? (
          <EuiCallOut
            color="danger"
            iconType="error"
            title="The effective access could not be read"
            data-test-subj="rolesAccessError"
          >
            <p>{access.error.message}</p>
          </EuiCallOut>
        ) : query && !access.data ? (
          <EuiLoadingSpinner size="l" data-test-subj="rolesAccessLoading" />
        ) : access.data && query ? (
          <AccessVerdicts access={access.data} />
        ) : null}
      </EuiFlyoutBody>
    </EuiFlyout>
  );
}
