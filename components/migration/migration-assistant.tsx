'use client';
import { useState } from 'react';
import {
  EuiBadge,
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiLoadingSpinner,
  EuiPanel,
  EuiSpacer,
  EuiStep,
  EuiText,
} from '@elastic/eui';
import type { MigrationAction, StepRecord } from '@/lib/migration/model';
import { useClusters } from '../clusters/use-clusters';
import type { CreatedApiKey as CreatedKey } from '../api-keys/created-key-modal';
import { MigrationStatus } from './migration-status';
import { RemoteClusterChoice } from './remote-cluster-choice';
import { RollbackButton } from './rollback-section';
import { useRoleDrafts } from './role-drafts';
import { StepBody } from './step-body';
import { ASSISTANT_STEPS, STEP_TITLES, openStepOf, stepStatus, type AssistantStep, type StepStatus } from './step-meta';
import { useMigrationOverview, type ActionAnswer } from './use-migration';

interface Props {
  localClusterId: string;
  localDisplayName: string;
  alias: string;
  initialRemoteClusterId: string | undefined;
}

const EUI_STATUS = {
  done: 'complete',
  failed: 'danger',
  todo: 'incomplete',
  undone: 'disabled',
  verify: 'warning',
} as const;
const BADGE: Record<StepStatus, { color: string; text: string }> = {
  done: { color: 'success', text: 'Done' },
  failed: { color: 'danger', text: 'Failed' },
  todo: { color: 'hollow', text: 'Not done' },
  undone: { color: 'default', text: 'Undone by the rollback' },
  verify: { color: 'warning', text: 'Rolled back: verify to finish' },
};

/**
 * The in-place migration of one remote, resumable from anywhere: every status comes from the state saved on the
 * local cluster (GET overview), so a reload, another browser or another administrator opens at the same step.
 * Only the key's encoded value and a remote password typed here live in this page's memory, never stored.
 */
export function MigrationAssistant({ localClusterId, localDisplayName, alias, initialRemoteClusterId }: Props) {
  const clusters = useClusters();
  const [remoteClusterId, setRemoteClusterId] = useState(initialRemoteClusterId);
  const overview = useMigrationOverview(localClusterId, alias, remoteClusterId);
  const roles = useRoleDrafts(overview.data?.suggestions.available ? overview.data.suggestions.roles : undefined);
  const [remotePassword, setRemotePassword] = useState<string>();
  const [createdKey, setCreatedKey] = useState<CreatedKey>();
  const [answers, setAnswers] = useState<Partial<Record<MigrationAction, ActionAnswer>>>({});
  const [toggled, setToggled] = useState<Partial<Record<AssistantStep, boolean>>>({});
  const [lastRun, setLastRun] = useState<AssistantStep>();
  const [skipRoles, setSkipRoles] = useState(false);

  if (!overview.data) {
    return overview.error ? (
      <EuiCallOut
        color="danger"
        iconType="error"
        title="The migration could not be read"
        data-test-subj="migrationLoadError"
      >
        <p>{overview.error.message}</p>
        <EuiButton color="danger" onClick={() => void overview.mutate()} data-test-subj="migrationRetryLoad">
          Try again
        </EuiButton>
      </EuiCallOut>
    ) : (
      <EuiLoadingSpinner size="xl" aria-label="Reading the migration" />
    );
  }
  const data = overview.data;
  const { state } = data;
  const started = Boolean(state?.snapshot);
  if (!started && (!data.remote || data.remote.isConfiguredByNode || data.remote.securityModel === 'api_key')) {
    return <MigrationStatus clusterId={localClusterId} overview={data} onForgotten={() => void overview.mutate()} />;
  }

  const serverOpen = openStepOf(state);
  const openStep = serverOpen === 'update_roles' && skipRoles ? 'remove_remote' : serverOpen;
  const inventoryOpen = openStep === 'snapshot' || openStep === 'pause_tasks' || openStep === 'update_roles';
  const isOpen = (step: AssistantStep) =>
    toggled[step] ?? (step === openStep || step === lastRun || (step === 'inventory' && inventoryOpen));
  const remoteCluster = clusters.data?.find((cluster) => cluster.id === remoteClusterId);

  function chooseRemote(id: string | undefined) {
    setRemoteClusterId(id);
    // Kept in the address, so a reload keeps the choice; replaceState does not ask the server for the page again.
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${id ? `?remoteCluster=${encodeURIComponent(id)}` : ''}`,
    );
  }

  function answered(answer: ActionAnswer) {
    setAnswers((current) => ({ ...current, [answer.action]: answer }));
    setLastRun(answer.action === 'rollback_verify' ? 'rollback' : answer.action);
    setToggled({});
    // The answer carries the new state: shown at once, then the overview (inventory, remote) is read again.
    void overview.mutate((current) => (current ? { ...current, state: answer.state } : current), { revalidate: true });
  }

  const record = (step: AssistantStep): StepRecord | undefined =>
    step === 'inventory'
      ? undefined
      : state?.steps[step === 'rollback' && state.steps.rollback_verify ? 'rollback_verify' : step];
  return (
    <div data-test-subj="migrationAssistant" data-next={openStep}>
      <MigrationStatus
        clusterId={localClusterId}
        overview={data}
        onForgotten={() => {
          setAnswers({});
          setLastRun(undefined);
          void overview.mutate();
        }}
      />
      {started && state?.status !== 'rolled_back' && (
        <>
          <RollbackButton
            clusterId={localClusterId}
            alias={alias}
            again={Boolean(state?.steps.rollback)}
            onAnswer={answered}
          />
          <EuiSpacer />
        </>
      )}
      <EuiPanel hasBorder paddingSize="m">
        <RemoteClusterChoice
          alias={alias}
          localClusterId={localClusterId}
          clusters={clusters.data}
          chosenId={remoteClusterId}
          onChoose={chooseRemote}
          onSignedIn={(password) => {
            setRemotePassword(password);
            void clusters.mutate();
            void overview.mutate();
          }}
        />
      </EuiPanel>
      <EuiSpacer />
      {ASSISTANT_STEPS.map((step, index) => {
        const status = stepStatus(state, step);
        const open = isOpen(step);
        const recorded = record(step);
        return (
          <EuiStep
            key={step}
            step={index + 1}
            title={STEP_TITLES[step]}
            titleSize="xs"
            status={step === openStep && status === 'todo' ? 'current' : EUI_STATUS[status]}
            data-test-subj={`migrationStep-${step}`}
            data-status={status}
            data-open={String(open)}
          >
            <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
              <EuiFlexItem grow={false}>
                <EuiBadge color={BADGE[status].color} data-test-subj={`migrationStepBadge-${step}`}>
                  {BADGE[status].text}
                </EuiBadge>
              </EuiFlexItem>
              {recorded && (
                <EuiFlexItem grow={false}>
                  <EuiText size="xs" color="subdued">
                    <span>
                      {new Date(recorded.at).toLocaleString()} by {recorded.by}: {recorded.summary}
                    </span>
                  </EuiText>
                </EuiFlexItem>
              )}
              <EuiFlexItem grow={false}>
                <EuiButtonEmpty
                  size="xs"
                  iconType={open ? 'chevronSingleUp' : 'chevronSingleDown'}
                  onClick={() => setToggled((current) => ({ ...current, [step]: !open }))}
                  aria-label={`${open ? 'Hide' : 'Show'} step ${STEP_TITLES[step]}`}
                  aria-expanded={open}
                  data-test-subj={`migrationToggle-${step}`}
                >
                  {open ? 'Hide' : 'Show'}
                </EuiButtonEmpty>
              </EuiFlexItem>
            </EuiFlexGroup>
            {open && (
              <>
                <EuiSpacer size="s" />
                <StepBody
                  step={step}
                  localClusterId={localClusterId}
                  localDisplayName={localDisplayName}
                  overview={data}
                  roles={roles}
                  remoteCluster={remoteCluster}
                  remotePassword={remotePassword}
                  createdKey={createdKey}
                  onKeyCreated={setCreatedKey}
                  answers={answers}
                  onAnswer={answered}
                  onSkipRoles={() => {
                    setSkipRoles(true);
                    setToggled({});
                  }}
                />
              </>
            )}
          </EuiStep>
        );
      })}
    </div>
  );
}
