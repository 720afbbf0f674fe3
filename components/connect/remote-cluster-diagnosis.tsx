'use client';
import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiSpacer, EuiTitle } from '@elastic/eui';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';
import type { Diagnosis } from '@/lib/remote-clusters/diagnosis';
import { FindingsList } from './findings-list';

/** On demand (it contacts the remote): why a remote works or not, each finding with its evidence and fix. */
export function RemoteClusterDiagnosis({ clusterId, name }: { clusterId: string; name: string }) {
  const [diagnosis, setDiagnosis] = useState<Diagnosis>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run() {
    setBusy(true);
    setFailure(undefined);
    try {
      setDiagnosis(
        await fetchJson<Diagnosis>(
          `/api/clusters/${encodeURIComponent(clusterId)}/remote_clusters/${encodeURIComponent(name)}/diagnosis`,
        ),
      );
    } catch (error) {
      setFailure(error instanceof ApiRequestError ? error.message : 'The diagnosis failed.');
    } finally {
      setBusy(false);
    }
  }

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
      {diagnosis && <FindingsList findings={diagnosis.findings} />}
      <EuiButton size="s" iconType="wrench" onClick={run} isLoading={busy} data-test-subj="remoteClusterDiagnoseButton">
        {diagnosis ? 'Diagnose again' : 'Diagnose the connection'}
      </EuiButton>
    </div>
  );
}
