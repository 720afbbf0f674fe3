'use client';
import { EuiButtonEmpty, EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { MigrationAction, TaskRef } from '@/lib/migration/model';
import { ActionResult, ActionRunner, type RunnerContext } from './action-runner';
import type { CreatedApiKey as CreatedKey } from '../api-keys/created-key-modal';
import { CredentialsSection } from './credentials-section';
import { AddRemoteStep, VerifyStep } from './input-steps';
import { InventorySection } from './inventory-section';
import type { RoleDrafts } from './role-drafts';
import { RollbackSection } from './rollback-section';
import { SnapshotView } from './snapshot-view';
import { stepRef, TASK_KIND_LABELS, type AssistantStep } from './step-meta';
import type { ActionAnswer, MigrationOverview } from './use-migration';

export interface StepBodyProps {
  step: AssistantStep;
  localClusterId: string;
  localDisplayName: string;
  overview: MigrationOverview;
  roles: RoleDrafts;
  remoteCluster: RegisteredClusterView | undefined;
  remotePassword: string | undefined;
  createdKey: CreatedKey | undefined;
  onKeyCreated: (key: CreatedKey) => void;
  answers: Partial<Record<MigrationAction, ActionAnswer>>;
  onAnswer: (answer: ActionAnswer) => void;
  onSkipRoles: () => void;
}

const taskList = (tasks: TaskRef[]) =>
  tasks.map((task) => `${TASK_KIND_LABELS[task.kind].toLowerCase()} ${task.id}`).join(', ');

/** The inside of one opened step: its explanation, its input, then its plan and Run (ActionRunner). */
export function StepBody(props: StepBodyProps) {
  const { step, localClusterId, localDisplayName, overview, roles, answers, onAnswer } = props;
  const { alias, state } = overview;
  const runner = (action: MigrationAction): RunnerContext => ({
    clusterId: localClusterId,
    alias,
    recorded: state?.steps[action],
    answer: answers[action],
    onAnswer,
  });
  const intro = (text: string) => (
    <EuiText size="s">
      <p>{text}</p>
    </EuiText>
  );
  // The names the roles' remote_indices give, as edited: the key must allow them, and the test search uses the first.
  const patterns = [
    ...new Set(roles.input?.roles.flatMap((role) => role.remote_indices.flatMap((entry) => entry.names)) ?? []),
  ];

  switch (step) {
    case 'inventory':
      return <InventorySection overview={overview} localDisplayName={localDisplayName} roles={roles} />;
    case 'snapshot':
      // Once saved, the copy is what matters (running the step again keeps it), with this visit's result above it.
      return state?.snapshot ? (
        <>
          {answers.snapshot && <ActionResult action="snapshot" answer={answers.snapshot} />}
          <EuiSpacer size="s" />
          <SnapshotView alias={alias} snapshot={state.snapshot} />
        </>
      ) : (
        <>
          {intro(
            `Reads the persistent and transient settings of ${alias} and saves ` +
              `them in an index on ${localDisplayName}; nothing is changed.`,
          )}
          <EuiSpacer size="s" />
          <ActionRunner {...runner('snapshot')} action="snapshot" runLabel="Save the settings" />
        </>
      );
    case 'pause_tasks':
      return (
        <>
          {intro(
            `Stops the running tasks that use ${alias}, so none fails while ` +
              `the remote is away; the migration resumes exactly these.`,
          )}
          <EuiSpacer size="s" />
          <ActionRunner {...runner('pause_tasks')} action="pause_tasks" runLabel="Pause" />
        </>
      );
    case 'update_roles':
      return (
        <>
          {intro(
            `Adds the remote_indices edited in ${stepRef('inventory')} ` +
              `to each role (its body from before is ` +
              `kept for a rollback). Users keep their ` +
              `access to ${alias} once it uses the key.`,
          )}
          <EuiSpacer size="s" />
          <ActionRunner
            {...runner('update_roles')}
            action="update_roles"
            body={roles.input}
            inputProblem={
              roles.input
                ? undefined
                : Object.keys(roles.errors).length > 0
                  ? `Fix the JSON of ${Object.keys(roles.errors).join(', ')} in ${stepRef('inventory')}.`
                  : `No role is chosen in ${stepRef('inventory')}.`
            }
            runLabel="Update the roles"
          />
          {!state?.steps.update_roles?.ok && (
            <>
              <EuiSpacer size="s" />
              <EuiButtonEmpty
                size="s"
                iconType="chevronSingleRight"
                onClick={props.onSkipRoles}
                data-test-subj="migrationSkip-update_roles"
              >
                Skip: no role needs remote_indices for {alias}
              </EuiButtonEmpty>
            </>
          )}
        </>
      );
    case 'remove_remote':
      return (
        <>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={
              `Searches through ${alias} fail from here until the remote is added again ` +
              `(${stepRef('add_remote')}).`
            }
          />
          <EuiSpacer size="s" />
          <ActionRunner
            {...runner('remove_remote')}
            action="remove_remote"
            runLabel="Remove the definition"
            confirm={{
              title: `Remove the definition of ${alias}?`,
              body:
                `The certificate-model settings of ${alias} are removed from the local cluster. Searches and ` +
                `replication through ${alias} fail until ${stepRef('add_remote')} adds it again; the saved settings ` +
                `allow a rollback.`,
              button: 'Remove the definition',
            }}
          />
        </>
      );
    case 'credentials':
      return (
        <>
          <CredentialsSection
            localClusterId={localClusterId}
            overview={overview}
            remoteCluster={props.remoteCluster}
            remotePassword={props.remotePassword}
            defaultSearch={patterns}
            createdKey={props.createdKey}
            onKeyCreated={props.onKeyCreated}
          />
          <ActionRunner {...runner('credentials')} action="credentials" runLabel="Reload and check" />
        </>
      );
    case 'add_remote':
      return (
        <AddRemoteStep
          {...runner('add_remote')}
          localClusterId={localClusterId}
          remoteClusterId={props.remoteCluster?.id}
          newRemote={state?.newRemote ?? null}
        />
      );
    case 'verify':
      return <VerifyStep {...runner('verify')} defaultTestIndex={patterns[0] ?? firstAddedName(overview)} />;
    case 'resume_tasks':
      return (
        <>
          {intro(
            state?.pausedTasks.length
              ? `Starts again what ${stepRef('pause_tasks')} paused: ${taskList(state.pausedTasks)}.`
              : `${stepRef('pause_tasks').replace('step', 'Step')} paused nothing, so there is nothing to resume; ` +
                  'running it marks the migration completed.',
          )}
          <EuiSpacer size="s" />
          <ActionRunner {...runner('resume_tasks')} action="resume_tasks" runLabel="Resume" />
        </>
      );
    case 'rollback':
      return (
        <RollbackSection
          clusterId={localClusterId}
          overview={overview}
          remoteCluster={props.remoteCluster}
          answers={answers}
          onAnswer={onAnswer}
        />
      );
  }
}

/** After a reload the role drafts start from the suggestions again; the saved state still knows what was added. */
function firstAddedName(overview: MigrationOverview): string | undefined {
  const names = overview.state?.roleChanges[0]?.added[0]?.names;
  return Array.isArray(names) && typeof names[0] === 'string' ? names[0] : undefined;
}
