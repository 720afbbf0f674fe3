'use client';
import { EuiButton, EuiCallOut, EuiSpacer, EuiTitle } from '@elastic/eui';
import type { Diagnosis } from '@/lib/remote-clusters/diagnosis';
import { FindingsList } from './findings-list';
import { useApiAction } from '@/components/api/use-api-action';
import { apiPath } from '@/lib/api/paths';

/** On demand (it contacts the remote): why a remote works or not, each finding with its evidence and fix. */
export function RemoteClusterDiagnosis({ clusterId, name }: { clusterId: string; name: string }) {
  const diagnosis = useApiAction<never, Diagnosis>('GET');
  const failure = diagnosis.error && (diagnosis.error.message || 'The diagnosis failed.');
  // The failure, if any, stays in diagnosis.error and is shown above the button.
  const run = () => diagnosis.trigger({ url: apiPath('diagnosis', { id: clusterId, name }) }).catch(() => undefined);

  return (
    <div data-test-subj="remoteClusterDiagnosis">
      <EuiTitle size="xs">
        <h3>Diagnosis</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      {failure && (
        <EuiCallOut
          color="danger"
          iconType="error"
          size="s"
          title={failure}
          data-test-subj="remoteClusterDiagnosisError"
        />
      )}
      {diagnosis.data && <FindingsList findings={diagnosis.data.findings} />}
      <EuiButton
        size="s"
        iconType="wrench"
        onClick={run}
        isLoading={diagnosis.isMutating}
        data-test-subj="remoteClusterDiagnoseButton"
      >
        {diagnosis.data ? 'Diagnose again' : 'Diagnose the connection'}
      </EuiButton>
    </div>
  );
}
