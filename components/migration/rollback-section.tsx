'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { useEffect, useState } from 'react';
import { EuiButton, EuiCallOut, EuiConfirmModal, EuiLoadingSpinner, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { ApiRequestError } from '@/lib/http/fetch-json';
import type { MigrationAction } from '@/lib/migration/model';
import { ActionRunner } from './action-runner';
import { MigrationKeyCleanup } from './migration-key-cleanup';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import { stepRef } from './step-meta';
import { PlannedRequests, RequestResults } from './request-views';
import { useApiAction } from '@/components/api/use-api-action';
import { apiPath } from '@/lib/api/paths';
import { postAction, type ActionAnswer, type MigrationOverview } from './use-migration';

interface Props {
  clusterId: string;
  overview: MigrationOverview;
  remoteCluster: RegisteredClusterView | undefined;
  answers: Partial<Record<MigrationAction, ActionAnswer>>;
  onAnswer: (answer: ActionAnswer) => void;
}

/**
 * Step e, possible at any point once the settings are saved: restore them and the roles, resume the paused tasks;
 * then the administrator takes the key out of every keystore, and the console reloads and checks that the
 * certificate model is back (connected, no cluster_credentials).
 */
export function RollbackSection({ clusterId, overview, remoteCluster, answers, onAnswer }: Props) {
  const { alias, state, keystore } = overview;
  if (!state?.snapshot) {
    return (
      <EuiText size="s" color="subdued">
        <p>Possible once the current settings are saved ({stepRef('snapshot')}): a rollback restores that copy.</p>
      </EuiText>
    );
  }
  const answer = answers.rollback;
  return (
    <div data-test-subj="migrationRollbackSection">
      {state.status !== 'rolled_back' && !answer && (
        <EuiText size="s">
          <p>
            &quot;Roll back&quot; (at the top of the page) restores the saved settings of {alias} and the roles as they
            were, and resumes the tasks this migration paused. It asks for confirmation and shows the requests first.
          </p>
        </EuiText>
      )}
      {answer && (
        <>
          <EuiCallOut
            color={answer.ok ? 'success' : 'danger'}
            iconType={answer.ok ? 'checkCircle' : 'error'}
            size="s"
            title={answer.summary}
            data-test-subj="migrationResult-rollback"
            data-ok={String(Boolean(answer.ok))}
          />
          <EuiSpacer size="s" />
          <RequestResults action="rollback" results={answer.results ?? []} />
        </>
      )}
      {state.status === 'rolled_back' && (
        <>
          <EuiSpacer />
          <EuiTitle size="xxs">
            <h4>Take the key out of the keystore on every node of the local cluster</h4>
          </EuiTitle>
          <EuiText size="s">
            <p>
              While the keystore holds {keystore.add.settingName}, Elasticsearch keeps using the API-key model for{' '}
              {alias}.
            </p>
          </EuiText>
          <EuiSpacer size="xs" />
          {keystore.add.nodes.map((node) => (
            <div key={node.nodeName} data-test-subj={`migrationKeystoreRemoval-${node.nodeName}`}>
              <EuiText size="xs">
                <strong>{node.nodeName}</strong>
              </EuiText>
              <CodeBlock isCopyable language="bash" fontSize="s" paddingSize="s">
                {keystore.remove}
              </CodeBlock>
            </div>
          ))}
          <EuiSpacer />
          <ActionRunner
            clusterId={clusterId}
            alias={alias}
            action="rollback_verify"
            runLabel="Reload and verify"
            recorded={state.steps.rollback_verify}
            answer={answers.rollback_verify}
            onAnswer={onAnswer}
          />
          <EuiSpacer />
          <MigrationKeyCleanup alias={alias} remoteCluster={remoteCluster} />
        </>
      )}
    </div>
  );
}

/** Always in reach once the settings are saved: a confirmation that shows the exact requests, then the rollback. */
export function RollbackButton({
  clusterId,
  alias,
  again,
  onAnswer,
}: {
  clusterId: string;
  alias: string;
  again: boolean;
  onAnswer: (answer: ActionAnswer) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <EuiButton
        color="danger"
        iconType="undo"
        onClick={() => setConfirming(true)}
        data-test-subj="migrationRollback"
        aria-label={`Roll back the migration of ${alias}`}
      >
        {again ? 'Roll back again' : 'Roll back'}
      </EuiButton>
      {confirming && (
        <RollbackModal
          clusterId={clusterId}
          alias={alias}
          onCancel={() => setConfirming(false)}
          onDone={(done) => {
            setConfirming(false);
            onAnswer(done);
          }}
        />
      )}
    </>
  );
}

function RollbackModal({
  clusterId,
  alias,
  onCancel,
  onDone,
}: {
  clusterId: string;
  alias: string;
  onCancel: () => void;
  onDone: (answer: ActionAnswer) => void;
}) {
  const [plan, setPlan] = useState<ActionAnswer>();
  const [planFailure, setPlanFailure] = useState<string>();
  const rollingBack = useApiAction<never, ActionAnswer>('POST');
  const failure = planFailure ?? (rollingBack.error && (rollingBack.error.message || 'The rollback failed.'));
  const message = (error: unknown, fallback: string) => (error instanceof ApiRequestError ? error.message : fallback);

  useEffect(() => {
    let current = true;
    postAction(clusterId, alias, 'rollback', undefined, true).then(
      (planned) => current && setPlan(planned),
      (error: unknown) => current && setPlanFailure(message(error, 'The plan could not be read.')),
    );
    return () => {
      current = false;
    };
  }, [clusterId, alias]);

  async function confirm() {
    const url = apiPath('migrationAction', { id: clusterId, name: alias, action: 'rollback' });
    // A failure stays in rollingBack.error and keeps the modal open with its reason.
    const answered = await rollingBack.trigger({ url }).catch(() => undefined);
    if (answered) onDone(answered);
  }

  return (
    <EuiConfirmModal
      title={`Roll back the migration of "${alias}"?`}
      onCancel={onCancel}
      onConfirm={confirm}
      cancelButtonText="Cancel"
      confirmButtonText="Roll back"
      buttonColor="danger"
      isLoading={rollingBack.isMutating}
      confirmButtonDisabled={!plan}
      maxWidth={720}
      // EUI names the buttons confirmModalConfirmButton and confirmModalCancelButton.
      data-test-subj="migrationRollbackModal"
    >
      <EuiText size="s">
        <p>These requests will be sent to the local cluster, in this order:</p>
      </EuiText>
      <EuiSpacer size="s" />
      {plan ? (
        <PlannedRequests action="rollback" requests={plan.requests} />
      ) : (
        !failure && <EuiLoadingSpinner size="m" aria-label="Reading the plan" />
      )}
      {failure && (
        <EuiCallOut color="danger" iconType="error" size="s" title={failure} data-test-subj="migrationRollbackError" />
      )}
    </EuiConfirmModal>
  );
}
