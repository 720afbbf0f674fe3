'use client';
import { useEffect, useRef, useState } from 'react';
import { EuiBasicTable, EuiButton, EuiCallOut, EuiFieldText, EuiFormRow, EuiSpacer, EuiTitle } from '@elastic/eui';
import type { ChangeRecord, ConnectProgress } from '@/lib/connect/progress';
import { testIndexPatternSchema } from '@/lib/connect/schema';
import type { Diagnosis } from '@/lib/remote-clusters/diagnosis';
import { FindingsList } from './findings-list';
import { useApiAction } from '@/components/api/use-api-action';
import { apiPath } from '@/lib/api/paths';

interface Props {
  localClusterId: string;
  progress: ConnectProgress;
  onVerified: (diagnosis: Diagnosis) => void;
  onFinish: () => void;
}

/**
 * The last step: proof that it works (connected, API-key model, resolvable, a real search), and what the flow
 * changed.
 */
export function VerifyStep({ localClusterId, progress, onVerified, onFinish }: Props) {
  const [index, setIndex] = useState(progress.key?.searchPatterns[0] ?? '');
  const verification = useApiAction<never, Diagnosis>('GET');
  const diagnosis = verification.data;
  const failure = verification.error && (verification.error.message || 'The verification failed.');
  const indexCheck = index ? testIndexPatternSchema.safeParse(index) : undefined;
  const indexError = indexCheck && !indexCheck.success ? indexCheck.error.issues[0]?.message : undefined;

  // Arriving here means the remote was just registered: the check starts by itself (once; the button repeats it).
  const started = useRef(false);
  useEffect(() => {
    if (started.current || progress.verified) return;
    started.current = true;
    void verify();
    // verify reads the index typed so far, which is its default on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function verify() {
    if (indexError) return;
    const url = apiPath('diagnosis', { id: localClusterId, name: progress.alias }, { index: index || undefined });
    const result = await verification.trigger({ url }).catch(() => undefined);
    if (result) onVerified(result);
  }

  return (
    <div data-test-subj="connectVerifyStep">
      <EuiFormRow
        label="Test search on the remote (optional)"
        helpText={
          `An index pattern the key allows; the console searches ` +
          `${progress.alias}:<pattern> as you and shows the hit count.`
        }
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
      <EuiButton
        fill
        onClick={verify}
        isLoading={verification.isMutating}
        iconType="check"
        data-test-subj="connectVerifyButton"
      >
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
