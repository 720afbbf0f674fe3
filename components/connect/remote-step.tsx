'use client';
import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiFieldText, EuiFormRow, EuiSelect, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { ReadinessReport } from '@/lib/connect/readiness';
import type { ConnectProgress, RemoteChoice } from '@/lib/connect/progress';
import { useApiAction } from '@/components/api/use-api-action';
import { addressError } from '@/lib/remote-clusters/address';
import { remoteNameProblem } from '@/lib/remote-clusters/name-rule';
import { ClusterSignInForm } from '../clusters/cluster-sign-in-form';
import { ReadinessList } from './readiness-list';
import { apiPath } from '@/lib/api/paths';

const TYPED = '__address__';

interface Props {
  localClusterId: string;
  clusters: RegisteredClusterView[];
  existingAliases: string[];
  progress: ConnectProgress;
  readiness: ReadinessReport | undefined;
  onReadiness: (report: ReadinessReport) => void;
  onRemoteSignedIn: (password: string) => void;
  onDone: (remote: RemoteChoice, alias: string) => void;
}

/** Step a: which cluster to connect, under which alias, and whether both sides are ready for the API-key model. */
export function RemoteStep({
  localClusterId,
  clusters,
  existingAliases,
  progress,
  readiness,
  onReadiness,
  onRemoteSignedIn,
  onDone,
}: Props) {
  const candidates = clusters.filter((cluster) => cluster.id !== localClusterId);
  const initial =
    progress.remote?.kind === 'registered'
      ? progress.remote.clusterId
      : progress.remote
        ? TYPED
        : (candidates[0]?.id ?? TYPED);
  const [choice, setChoice] = useState(initial);
  const [address, setAddress] = useState(progress.remote?.kind === 'address' ? progress.remote.address : '');
  const [alias, setAlias] = useState(progress.alias);
  const readinessCheck = useApiAction<never, ReadinessReport>('GET');
  const failure = readinessCheck.error && (readinessCheck.error.message || 'The readiness check failed.');
  const [showErrors, setShowErrors] = useState(false);

  const chosen = candidates.find((cluster) => cluster.id === choice);
  const aliasError =
    remoteNameProblem(alias) ??
    (existingAliases.includes(alias)
      ? 'is already a remote cluster on this cluster: choose another alias, or edit that remote instead'
      : undefined);
  const addressProblem =
    choice === TYPED
      ? address
        ? addressError(address)
        : 'is required, such as es-remote.example.com:9443'
      : undefined;

  async function check() {
    const url = apiPath('readiness', { id: localClusterId }, { remote: chosen?.id });
    // A failure stays in readinessCheck.error, shown beside the button.
    const report = await readinessCheck.trigger({ url }).catch(() => undefined);
    if (report) onReadiness(report);
  }

  function next() {
    setShowErrors(true);
    if (aliasError || addressProblem) return;
    const remote: RemoteChoice = chosen
      ? { kind: 'registered', clusterId: chosen.id, displayName: chosen.displayName }
      : { kind: 'address', address };
    onDone(remote, alias);
  }

  // An unsupported version pair may still connect (Elastic does not test it): it is said apart from the
  // failures that do stop the connection.
  const failed = readiness?.checks.filter((item) => item.state === 'fail' && item.id !== 'versions_search') ?? [];
  const unsupportedPair =
    readiness?.checks.some((item) => item.state === 'fail' && item.id === 'versions_search') ?? false;
  return (
    <div data-test-subj="connectRemoteStep">
      <EuiFormRow label="Remote cluster" helpText="The cluster whose data will be searched or replicated from here.">
        <EuiSelect
          options={[
            ...candidates.map((cluster) => ({
              value: cluster.id,
              text: [
                cluster.displayName,
                cluster.signedIn ? '' : ' (not signed in)',
                cluster.reachable ? '' : ' (unreachable)',
              ].join(''),
            })),
            { value: TYPED, text: 'Another cluster: type its address' },
          ]}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          data-test-subj="connectRemoteSelect"
        />
      </EuiFormRow>
      {choice === TYPED && (
        <EuiFormRow
          label="Remote cluster server address"
          isInvalid={showErrors && Boolean(addressProblem)}
          error={addressProblem}
          helpText="host:port of the remote's remote cluster server (port 9443 by default), or of its proxy."
        >
          <EuiFieldText
            value={address}
            onChange={(event) => setAddress(event.target.value.trim())}
            isInvalid={showErrors && Boolean(addressProblem)}
            data-test-subj="connectRemoteAddress"
          />
        </EuiFormRow>
      )}
      <EuiFormRow
        label="Alias"
        isInvalid={showErrors && Boolean(aliasError)}
        error={aliasError}
        helpText="The name searches use, as in alias:logs-*."
      >
        <EuiFieldText
          value={alias}
          onChange={(event) => setAlias(event.target.value.trim())}
          isInvalid={showErrors && Boolean(aliasError)}
          data-test-subj="connectAliasInput"
        />
      </EuiFormRow>
      <EuiSpacer />
      {chosen && !chosen.signedIn && (
        <>
          <ClusterSignInForm
            clusterId={chosen.id}
            displayName={chosen.displayName}
            reason={
              `The key is created on ${chosen.displayName} by its administrator (a user with ` +
              `manage_security). Sign in there so the console ` +
              `can check it and create the key as you.`
            }
            onSignedIn={(input) => {
              onRemoteSignedIn(input.password);
              // The readiness read before the sign-in could not look at the remote: read it again now.
              void check();
            }}
          />
          <EuiSpacer />
        </>
      )}
      {chosen?.signedIn && (
        <>
          <EuiCallOut
            size="s"
            color="success"
            iconType="check"
            title={`Signed in to ${chosen.displayName} as ${chosen.username ?? 'you'}`}
            data-test-subj="connectRemoteSignedIn"
          />
          <EuiSpacer />
        </>
      )}
      <EuiTitle size="xs">
        <h3>Readiness of both clusters</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {failure && (
        <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj="connectReadinessError" />
      )}
      {readiness ? (
        <ReadinessList checks={readiness.checks} />
      ) : (
        <EuiText size="s" color="subdued">
          <p>Not checked yet.</p>
        </EuiText>
      )}
      {failed.length > 0 && (
        <EuiCallOut
          color="warning"
          iconType="warning"
          size="s"
          title={`${failed.length} check(s) failed: the connection will not work until they are fixed.`}
          data-test-subj="connectReadinessFailed"
        />
      )}
      {unsupportedPair && (
        <EuiCallOut
          color="warning"
          iconType="warning"
          size="s"
          title={
            'Elastic does not support cross-cluster search between these ' +
            'versions: it may work, but it is untested and not guaranteed.'
          }
          data-test-subj="connectReadinessUnsupportedPair"
        />
      )}
      <EuiSpacer size="m" />
      <EuiButton
        onClick={check}
        isLoading={readinessCheck.isMutating}
        iconType="refresh"
        data-test-subj="connectCheckReadiness"
      >
        {readiness ? 'Check again' : 'Check readiness'}
      </EuiButton>{' '}
      <EuiButton fill onClick={next} data-test-subj="connectRemoteNext">
        Continue
      </EuiButton>
    </div>
  );
}
