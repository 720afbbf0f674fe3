'use client';
import { useState } from 'react';
import { EuiBasicTable, EuiButton, EuiCallOut, EuiFieldText, EuiFormRow, EuiSpacer, EuiTitle } from '@elastic/eui';
import type { ChangeRecord, ConnectProgress } from '@/lib/connect/progress';
import { testIndexPatternSchema } from '@/lib/connect/schema';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';
import type { Diagnosis } from '@/lib/remote-clusters/diagnosis';
import { FindingsList } from './findings-list';

interface Props {
  localClusterId: string;
  progress: ConnectProgress;
  onVerified: (diagnosis: Diagnosis) => void;
  onFinish: () => void;
}

/** Step e: proof that it works (connected, API-key model, resolvable, a real search), and what the flow changed. */
export function VerifyStep({ localClusterId, progress, onVerified, onFinish }: Props) {
  const [index, setIndex] = useState(progress.key?.searchPatterns[0] ?? '');
  const [diagnosis, setDiagnosis] = useState<Diagnosis>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const indexCheck = index ? testIndexPatternSchema.safeParse(index) : undefined;
  const indexError = indexCheck && !indexCheck.success ? indexCheck.error.issues[0]?.message : undefined;

  async function verify() {
    if (indexError) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const query = index ? `?index=${encodeURIComponent(index)}` : '';
      const result = await fetchJson<Diagnosis>(
        `/api/clusters/${encodeURIComponent(localClusterId)}/remote_clusters/${encodeURIComponent(progress.alias)}/diagnosis${query}`,
      );
      setDiagnosis(result);
      onVerified(result);
    } catch (error) {
      setFailure(error instanceof ApiRequestError ? error.message : 'The verification failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-test-subj="connectVerifyStep">
      <EuiFormRow
        label="Test search on the remote (optional)"
        helpText={`An index pattern the key allows; the console searches ${progress.alias}:<pattern> as you and shows the hit count.`}
        isInvalid={Boolean(indexError)}
        error={indexError}
      >
        <EuiFieldText
          value={index}
          onChange={(event) => setIndex(event.target.value.trim())}
          isInvalid={Boolean(indexError)}
          data-test-subj="connectVerifyIndex"
        />
      </EuiFormRow>
      <EuiButton fill onClick={verify} isLoading={busy} iconType="check" data-test-subj="connectVerifyButton">
        {diagnosis ? 'Verify again' : 'Verify the connection'}
      </EuiButton>
      <EuiSpacer />
      {failure && (
        <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj="connectVerifyError" />
      )}
      {diagnosis && (
        <>
          <EuiCallOut
            color={diagnosis.status === 'ok' ? 'success' : 'danger'}
            iconType={diagnosis.status === 'ok' ? 'checkCircle' : 'error'}
            size="s"
            data-test-subj="connectVerifyStatus"
            data-status={diagnosis.status}
            title={
              diagnosis.status === 'ok'
                ? `${progress.alias} is connected with the API-key model.`
                : `${progress.alias} does not work yet: see the findings below.`
            }
          />
          <EuiSpacer size="s" />
          <FindingsList findings={diagnosis.findings} />
        </>
      )}
      <EuiSpacer />
      <EuiTitle size="xs">
        <h3>What this flow changed</h3>
      </EuiTitle>
      <EuiBasicTable<ChangeRecord>
        tableCaption="Changes made on the clusters"
        items={progress.changes}
        noItemsMessage="Nothing yet."
        data-test-subj="connectChanges"
        columns={[
          { field: 'at', name: 'When', render: (at: string) => new Date(at).toLocaleString() },
          { field: 'cluster', name: 'Cluster' },
          { field: 'what', name: 'Change' },
        ]}
      />
      <EuiSpacer />
      <EuiButton onClick={onFinish} data-test-subj="connectFinish">
        Finish and go to the remote clusters
      </EuiButton>
    </div>
  );
}
