import 'server-only';
import { missingBefore, type MigrationAction, type MigrationState } from '@/lib/migration/model';
import { ApiError } from '@/lib/server/http/api-error';
import { taskRequest, verifyRequests, type PlannedRequest } from '@/lib/migration/requests';
import { addRemoteInputSchema, updateRolesInputSchema, verifyInputSchema } from '@/lib/migration/schema';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { diagnoseRemote } from '@/lib/server/connect/diagnose';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { getRemoteCluster } from '@/lib/server/remote-clusters/operations';
import { forgetSharedRead } from '@/lib/server/remote-clusters/shared-read';
import { withSettingsLock } from '@/lib/server/remote-clusters/settings-lock';
import type { ActionAnswer, RequestResult } from '@/lib/migration/answers';
import { sendAll, sendEach } from './execute';
import { readInventory } from './inventory';
import { plan, record, reloadAndCheck, requireState, startMigration, updateRoles, type StepContext } from './steps';
import { readMigration, writeMigration } from './store';

async function callerName(target: ClusterTarget): Promise<string> {
  if (target.grant) return target.grant.session.username;
  return (await target.es.security.authenticate()).username;
}

const remoteOrNull = (target: ClusterTarget, alias: string): Promise<RemoteCluster | null> =>
  getRemoteCluster(target, alias).catch(() => null);

const changesRemoteSettings = (requests: PlannedRequest[]) =>
  requests.some((request) => request.method === 'PUT' && request.path.startsWith('/_cluster/settings'));

/** Removing or adding the remote takes the same lock as the remote clusters pages' saves (settings-lock.ts). */
async function sendUnderSettingsLock(target: ClusterTarget, requests: PlannedRequest[]): Promise<RequestResult[]> {
  try {
    return await withSettingsLock(target.es, target.cluster.id, () => sendAll(target.es, requests));
  } finally {
    forgetSharedRead(target.cluster.id);
  }
}

/** Plans one action (dryRun) or runs it and records the outcome in the migration state. */
export async function runMigrationAction(
  target: ClusterTarget,
  alias: string,
  action: MigrationAction,
  body: unknown,
  dryRun: boolean,
): Promise<ActionAnswer> {
  const client = target.es;
  const [state, by] = await Promise.all([readMigration(client, alias), callerName(target)]);
  const context: StepContext = { client, alias, by, state };
  const answer = (requests: PlannedRequest[], rest: Partial<ActionAnswer> = {}): ActionAnswer => ({
    action,
    dryRun,
    requests,
    state,
    ...rest,
  });
  const save = async (
    next: MigrationState,
    ok: boolean,
    summary: string,
    requests: PlannedRequest[],
    results: RequestResult[],
    extra: Partial<ActionAnswer> = {},
  ) =>
    answer(requests, {
      ok,
      summary,
      results,
      ...extra,
      state: await writeMigration(client, record(next, action, by, ok, summary)),
    });

  if (action !== 'snapshot' && action !== 'rollback' && action !== 'rollback_verify') {
    if (requireState(state).status !== 'in_progress') {
      throw new ApiError(
        409,
        `The migration of "${alias}" is ` +
          `${state?.status === 'completed' ? 'completed' : 'rolled back'}: ` +
          `start a new one with the snapshot step.`,
      );
    }
    const missing = missingBefore(state, action);
    if (missing.length > 0)
      throw new ApiError(
        409,
        `Do ${missing.join(', ')} first: the steps run in order so that nothing is removed before it can be restored.`,
      );
  }
  if (action === 'snapshot') {
    const requests = await plan(context, action, {});
    if (dryRun) return answer(requests);
    const remote = await remoteOrNull(target, alias);
    const outcome = await startMigration(context, remote?.securityModel ?? 'certificate');
    return answer(requests, {
      ok: true,
      summary: outcome.summary,
      results: [],
      state: outcome.state === state ? state : await writeMigration(client, outcome.state),
    });
  }
  if (action === 'update_roles') {
    const { requests, changes } = await updateRoles(context, updateRolesInputSchema.parse(body));
    if (dryRun) return answer(requests);
    const results = await sendAll(client, requests);
    const current = requireState(state);
    const done = changes.filter((_, index) => results[index]?.ok);
    const kept = [
      ...current.roleChanges,
      ...done.filter((change) => !current.roleChanges.some((earlier) => earlier.name === change.name)),
    ];
    const ok = results.every((result) => result.ok) && results.length === requests.length;
    return save(
      { ...current, roleChanges: kept },
      ok,
      ok
        ? `Added remote_indices for ${alias} to ${done.map((change) => change.name).join(', ')}.`
        : `Role update failed: ${results.find((result) => !result.ok)?.error}`,
      requests,
      results,
    );
  }
  if (action === 'verify') {
    const { testIndex } = verifyInputSchema.parse(body ?? {});
    const requests = verifyRequests(alias, testIndex);
    if (dryRun) return answer(requests);
    const diagnosis = await diagnoseRemote(target, alias, testIndex);
    const ok = diagnosis.status === 'ok' && diagnosis.securityModel === 'api_key';
    return save(
      requireState(state),
      ok,
      ok
        ? `${alias} is connected with cluster_credentials${testIndex ? ' and the test search succeeded' : ''}.`
        : 'Not verified: see the findings.',
      requests,
      [],
      { diagnosis },
    );
  }
  if (action === 'rollback_verify') {
    const requests = await plan(context, action, {});
    if (dryRun) return answer(requests);
    await reloadAndCheck(context);
    const diagnosis = await diagnoseRemote(target, alias);
    const ok = diagnosis.isConnected && diagnosis.securityModel === 'certificate';
    return save(
      requireState(state),
      ok,
      ok
        ? `${alias} is connected again with the certificate model (no cluster_credentials).`
        : 'The certificate-model connection is not back yet: see the findings (is the key still in the keystore?).',
      requests,
      [],
      { diagnosis },
    );
  }

  const addRemote = action === 'add_remote' ? addRemoteInputSchema.parse(body) : undefined;
  const runningTasks =
    action === 'pause_tasks' ? (await readInventory(client, alias)).tasks.filter((task) => task.running) : undefined;
  const requests = runningTasks
    ? runningTasks.map((task) => taskRequest(task, 'pause'))
    : await plan(context, action, { addRemote });
  if (dryRun) return answer(requests);
  const current = requireState(state);
  if (action === 'credentials') {
    const outcome = await reloadAndCheck(context);
    return save(current, outcome.ok, outcome.summary, requests, outcome.results);
  }
  const independent = action === 'pause_tasks' || action === 'resume_tasks';
  const results = independent
    ? await sendEach(client, requests)
    : changesRemoteSettings(requests)
      ? await sendUnderSettingsLock(target, requests)
      : await sendAll(client, requests);
  const ok = results.length === requests.length && results.every((result) => result.ok);
  const failure = results.find((result) => !result.ok);
  const summary = ok
    ? `${requests.length} request(s) done.`
    : `Failed: ${failure?.request.method} ${failure?.request.path}: ${failure?.error}`;
  let next: MigrationState = current;
  if (action === 'pause_tasks' && runningTasks) {
    // Only what this step stopped is resumed later: a task that was already stopped stays stopped.
    const paused = runningTasks.filter((_, index) => results[index]?.ok);
    next = {
      ...current,
      pausedTasks: [
        ...current.pausedTasks,
        ...paused.filter(
          (task) => !current.pausedTasks.some((earlier) => earlier.kind === task.kind && earlier.id === task.id),
        ),
      ],
    };
  }
  if (action === 'add_remote' && ok && addRemote) next = { ...current, newRemote: addRemote };
  if (action === 'resume_tasks' && ok)
    next = { ...current, status: current.steps.verify?.ok ? 'completed' : current.status };
  if (action === 'rollback' && ok) next = { ...current, status: 'rolled_back' };
  return save(next, ok, summary, requests, results);
}
