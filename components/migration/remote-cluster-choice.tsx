'use client';
import { EuiCallOut, EuiFormRow, EuiSelect, EuiSpacer, EuiText } from '@elastic/eui';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import { ClusterSignInForm } from '../clusters/cluster-sign-in-form';

interface Props {
  alias: string;
  localClusterId: string;
  clusters: RegisteredClusterView[] | undefined;
  chosenId: string | undefined;
  onChoose: (clusterId: string | undefined) => void;
  onSignedIn: (password: string) => void;
}

/**
 * Which registered cluster IS the remote behind the alias: the console cannot tell from the transport address,
 * and it needs that cluster for two things, the role suggestions (its roles of the same names) and the key.
 */
export function RemoteClusterChoice({ alias, localClusterId, clusters, chosenId, onChoose, onSignedIn }: Props) {
  const candidates = (clusters ?? []).filter((cluster) => cluster.id !== localClusterId);
  const chosen = candidates.find((cluster) => cluster.id === chosenId);
  return (
    <div data-test-subj="migrationRemoteChoice">
      <EuiFormRow
        label={`The registered cluster that is "${alias}"`}
        helpText={
          'Its roles of the same names give the suggested remote_indices, ' +
          'and the cross-cluster API key is created there.'
        }
      >
        <EuiSelect
          options={[
            { value: '', text: 'Not registered in this console, or not chosen yet' },
            ...candidates.map((cluster) => ({
              value: cluster.id,
              text: [
                cluster.displayName,
                cluster.signedIn ? '' : ' (not signed in)',
                cluster.reachable ? '' : ' (unreachable)',
              ].join(''),
            })),
          ]}
          value={chosen?.id ?? ''}
          onChange={(event) => onChoose(event.target.value || undefined)}
          isLoading={!clusters}
          data-test-subj="migrationRemoteCluster"
        />
      </EuiFormRow>
      {chosenId && clusters && !chosen && (
        <EuiCallOut
          size="s"
          color="warning"
          iconType="warning"
          title={`There is no registered cluster "${chosenId}": choose another one.`}
          data-test-subj="migrationRemoteClusterUnknown"
        />
      )}
      {chosen && !chosen.signedIn && (
        <>
          <EuiSpacer size="s" />
          <ClusterSignInForm
            clusterId={chosen.id}
            displayName={chosen.displayName}
            reason={
              `Sign in to ${chosen.displayName} as a user who may read its ` +
              `roles and create cross-cluster API keys (manage_security).`
            }
            onSignedIn={(input) => onSignedIn(input.password)}
          />
        </>
      )}
      {chosen?.signedIn && (
        <EuiText size="xs" color="subdued" data-test-subj="migrationRemoteSignedIn">
          <p>
            Signed in to {chosen.displayName}
            {chosen.username ? ` as ${chosen.username}` : ''}.
          </p>
        </EuiText>
      )}
    </div>
  );
}
