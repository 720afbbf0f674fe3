'use client';
import { useEffect, useState } from 'react';
import { EuiButton, EuiCallOut, EuiConfirmModal, EuiLoadingSpinner, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { ApiRequestError } from '@/lib/http/fetch-json';
import type { MigrationAction, StepRecord } from '@/lib/migration/model';
import { FindingsList } from '../connect/findings-list';
import { PlannedRequests, RequestResults } from './request-views';
import { useApiAction } from '@/components/api/use-api-action';
import { apiPath } from '@/lib/api/paths';
import { postAction, type ActionAnswer } from './use-migration';

export interface ActionRunnerProps {
  clusterId: string;
  alias: string;
  action: MigrationAction;
  /** The step's input (roles, address, test index); undefined for steps that take none. */
  body?: unknown;
  /** Why the input cannot be sent as it is: shown instead of the plan, and Run stays disabled. */
  inputProblem?: string;
  runLabel?: string;
  /** The step as the saved state records it (a retry is labelled so). */
  recorded: StepRecord | undefined;
  /** This visit's answer, kept by the assistant so it survives the step being closed and opened again. */
  answer: ActionAnswer | undefined;
  onAnswer: (answer: ActionAnswer) => void;
  /** For a step that takes something away: asked before it runs. */
  confirm?: { title: string; body: string; button: string };
}

/** What a step component passes through to its runner. */
export type RunnerContext = Pick<ActionRunnerProps, 'clusterId' | 'alias' | 'recorded' | 'answer' | 'onAnswer'>;

type Plan = { key: string; answer?: ActionAnswer; error?: string };

const messageOf = (error: unknown, fallback: string) => (error instanceof ApiRequestError ? error.message : fallback);

/**
 * One step's "what will be sent, then send it": the plan is the server's own dry run of the exact requests for the
 * current input, read when the step opens and again when the input changes. Run stays disabled until the plan for
 * this very input has been shown.
 */
export function ActionRunner({
  clusterId,
  alias,
  action,
  body,
  inputProblem,
  runLabel = 'Run',
  recorded,
  answer,
  onAnswer,
  confirm,
}: ActionRunnerProps) {
  const [confirming, setConfirming] = useState(false);
  const key = `${action}:${JSON.stringify(body ?? null)}`;
  const [plan, setPlan] = useState<Plan>();
  const running = useApiAction<unknown, ActionAnswer>('POST');
  const failure = running.error && (running.error.message || 'The step failed.');

  useEffect(() => {
    if (inputProblem) return;
    let current = true;
    // A short pause while someone types, so each keystroke does not ask the server for a plan.
    const timer = setTimeout(() => {
      postAction(clusterId, alias, action, body, true).then(
        (planned) => current && setPlan({ key, answer: planned }),
        (error: unknown) => current && setPlan({ key, error: messageOf(error, 'The plan could not be read.') }),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // key stands for body: the object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clusterId, alias, action, key, inputProblem]);

  async function run() {
    const url = apiPath('migrationAction', { id: clusterId, name: alias, action });
    // A failure stays in running.error, shown under the button.
    const answered = await running.trigger({ url, body }).catch(() => undefined);
    if (answered) onAnswer(answered);
  }

  const shown = plan?.key === key && !inputProblem ? plan : undefined;
  const label = recorded ? `${runLabel} again` : runLabel;
  return (
    <div data-test-subj={`migrationRunner-${action}`}>
      <EuiTitle size="xxs">
        <h4>What this step will send</h4>
      </EuiTitle>
      <EuiSpacer size="xs" />
      {inputProblem ? (
        <EuiText size="s" color="subdued" data-test-subj={`migrationInputProblem-${action}`}>
          <p>{inputProblem}</p>
        </EuiText>
      ) : !shown ? (
        <EuiLoadingSpinner size="m" aria-label="Reading the plan" />
      ) : shown.error ? (
        <EuiCallOut
          color="warning"
          iconType="warning"
          size="s"
          title={shown.error}
          data-test-subj={`migrationPlanError-${action}`}
        />
      ) : (
        <PlannedRequests action={action} requests={shown.answer?.requests ?? []} />
      )}
      <EuiSpacer size="m" />
      <EuiButton
        fill={!recorded?.ok}
        iconType={recorded ? 'refresh' : 'check'}
        onClick={() => (confirm ? setConfirming(true) : void run())}
        isLoading={running.isMutating}
        isDisabled={!shown?.answer}
        data-test-subj={`migrationRun-${action}`}
        aria-label={`${label} (step ${action})`}
      >
        {label}
      </EuiButton>
      {confirm && confirming && (
        <EuiConfirmModal
          title={confirm.title}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run();
          }}
          cancelButtonText="Cancel"
          confirmButtonText={confirm.button}
          buttonColor="danger"
          data-test-subj={`migrationConfirm-${action}`}
        >
          <p>{confirm.body}</p>
        </EuiConfirmModal>
      )}
      {failure && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut
            color="danger"
            iconType="error"
            size="s"
            title={failure}
            data-test-subj={`migrationRunError-${action}`}
          />
        </>
      )}
      {answer && <ActionResult action={action} answer={answer} />}
    </div>
  );
}

/** A step's outcome in this visit: summary, each request's result, and the findings of a verification. */
export function ActionResult({ action, answer }: { action: MigrationAction; answer: ActionAnswer }) {
  return (
    <>
      <EuiSpacer size="m" />
      <EuiCallOut
        color={answer.ok ? 'success' : 'danger'}
        iconType={answer.ok ? 'checkCircle' : 'error'}
        size="s"
        title={answer.summary ?? (answer.ok ? 'Done.' : 'Failed.')}
        data-test-subj={`migrationResult-${action}`}
        data-ok={String(Boolean(answer.ok))}
      />
      {answer.results && answer.results.length > 0 && (
        <>
          <EuiSpacer size="s" />
          <RequestResults action={action} results={answer.results} />
        </>
      )}
      {answer.diagnosis && (
        <>
          <EuiSpacer size="s" />
          <FindingsList findings={answer.diagnosis.findings} />
        </>
      )}
    </>
  );
}
