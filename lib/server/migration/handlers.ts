import 'server-only';
import { z } from 'zod';
import { MIGRATION_STEPS } from '@/lib/migration/model';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { ApiError } from '@/lib/server/http/api-error';
import { clusterRoute, type ClusterRef } from '@/lib/server/http/cluster-route';
import { readJsonBody } from '@/lib/server/http/json-body';
import { parseName } from '@/lib/server/remote-clusters/handlers';
import { migrationOverview } from './overview';
import { runMigrationAction } from './run-action';
import { deleteMigration, readMigration } from './store';

// /api/clusters/{id}/remote_clusters/{name}/migration[/{action}]: the overview, each step (?dryRun=true shows the
// exact requests without sending them), rollback, and forgetting a finished migration.

const actionSchema = z.object({
  action: z.enum([...MIGRATION_STEPS, 'rollback', 'rollback_verify'], {
    error: `must be one of ${[...MIGRATION_STEPS, 'rollback', 'rollback_verify'].join(', ')}`,
  }),
});
const TAKES_BODY = new Set(['update_roles', 'add_remote', 'verify']);

export function overviewRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, (target) =>
    migrationOverview(request, target, parseName(rawName), new URL(request.url).searchParams.get('remoteCluster')),
  );
}

export function actionRoute(request: Request, ref: ClusterRef, rawName: string, rawAction: string) {
  return clusterRoute(request, ref, async (target) => {
    const alias = parseName(rawName);
    const { action } = actionSchema.parse({ action: rawAction });
    const dryRun = new URL(request.url).searchParams.get('dryRun') === 'true';
    const body = TAKES_BODY.has(action) ? await readJsonBody(request) : undefined;
    return runMigrationAction(target, alias, action, body, dryRun);
  });
}

/** Forgets a migration that is completed or rolled back (the saved copy goes with it: download it first). */
export function forgetRoute(request: Request, ref: ClusterRef, rawName: string) {
  return clusterRoute(request, ref, async (target) => {
    const alias = parseName(rawName);
    const client = clientAs(target.cluster, target.credentials);
    const state = await readMigration(client, alias);
    if (state?.status === 'in_progress')
      throw new ApiError(409, `The migration of "${alias}" is in progress: finish it or roll it back first.`);
    await deleteMigration(client, alias);
    return { forgotten: alias };
  });
}
