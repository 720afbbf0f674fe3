import 'server-only';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { ConnectionPlan, PlanSideDescription } from '@/lib/connection-plan/model';
import { ASSUMED_ACCESS, connectionPlan } from '@/lib/connection-plan/plan';
import type { ConnectionPlanRequest } from '@/lib/connection-plan/schema';
import { deploymentSchema, type Deployment } from '@/lib/deployments/schema';
import { resolveCaller } from '@/lib/server/auth/caller';
import { readDeploymentGuess } from '@/lib/server/deployments/guess-deployment';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { ApiError } from '@/lib/server/http/api-error';
import { targetCluster, type ClusterTarget } from '@/lib/server/http/cluster-route';
import type { Client } from '@elastic/elasticsearch';

// Decides both sides of a plan: what the request says, else the registry, else the console's guess from nodes
// info (said to be a guess). A guess that lacks what a plan needs (Cloud ids are not in nodes info) is a 400 that
// names the field to give, rather than a plan with ids made up.

async function describeSide(
  field: 'local' | 'remote',
  given: Deployment | undefined,
  cluster: RegisteredCluster | undefined,
  es: Client | undefined,
): Promise<PlanSideDescription> {
  const clusterId = cluster ? { clusterId: cluster.id } : {};
  if (given) return { deployment: given, source: 'request', ...clusterId };
  if (cluster?.deployment) return { deployment: cluster.deployment, source: 'registry', ...clusterId };
  if (!es) return { deployment: { type: 'self-managed' }, source: 'assumed', ...clusterId };
  const guess = await readDeploymentGuess(es).catch(() => null);
  if (!guess) return { deployment: { type: 'self-managed' }, source: 'assumed', ...clusterId };
  const parsed = deploymentSchema.safeParse({ type: guess.type, ...guess.fields });
  if (!parsed.success) {
    throw new ApiError(
      400,
      `Invalid request: ${field}.deployment: the console guesses ${guess.type} (${guess.evidence}); describe it`,
      {
        fields: { [`${field}.deployment`]: `looks like ${guess.type}: give its deployment with the ids it needs` },
        guess,
      },
    );
  }
  return { deployment: parsed.data, source: 'guess', evidence: guess.evidence, ...clusterId };
}

export async function planForRequest(
  request: Request,
  target: ClusterTarget,
  body: ConnectionPlanRequest,
): Promise<ConnectionPlan> {
  const remoteCluster = body.remote?.clusterId ? targetCluster(body.remote.clusterId) : undefined;
  if (remoteCluster?.id === target.cluster.id) {
    throw new ApiError(400, 'Invalid request: remote.clusterId: must be another cluster than the local one', {
      fields: { 'remote.clusterId': 'must be another cluster than the local one' },
    });
  }
  const remoteCaller = remoteCluster ? await resolveCaller(request, remoteCluster).catch(() => null) : null;
  const remoteEs = remoteCluster && remoteCaller ? clientAs(remoteCluster, remoteCaller.credentials) : undefined;
  const [local, remote] = await Promise.all([
    describeSide('local', body.local?.deployment, target.cluster, target.es),
    describeSide('remote', body.remote?.deployment, remoteCluster, remoteEs),
  ]);
  return connectionPlan(
    {
      alias: body.alias,
      securityModel: body.securityModel,
      local: local.deployment,
      remote: remote.deployment,
      remoteRegistered: remoteCluster !== undefined,
      address: body.remote?.address,
      serverName: body.remote?.serverName,
      access: body.access ?? ASSUMED_ACCESS,
      accessAssumed: body.access === undefined,
      sameEckOperator: body.sameEckOperator ?? false,
    },
    { local, remote },
  );
}
