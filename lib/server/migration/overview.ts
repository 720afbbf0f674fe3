import 'server-only';
import { keystoreCommands } from '@/lib/cross-cluster-api-keys/keystore-commands';
import { nextStep } from '@/lib/migration/model';
import { keystoreRemovalCommand } from '@/lib/migration/requests';
import { suggestRemoteIndices } from '@/lib/migration/role-suggestions';
import type { RawRole } from '@/lib/roles/model';
import { resolveCaller } from '@/lib/server/auth/caller';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { targetCluster, type ClusterTarget } from '@/lib/server/http/cluster-route';
import { getRemoteCluster } from '@/lib/server/remote-clusters/operations';
import { listRoles } from '@/lib/server/roles/operations';
import type { MigrationOverview } from '@/lib/migration/answers';
import { readInventory } from './inventory';
import { readMigration } from './store';

/**
 * Where the migration of one remote stands and what it involves: the saved state, what uses the alias now, the
 * roles to give remote_indices (suggested from the remote's roles of the same names when the caller can read
 * them on ?remoteCluster=<id>), and the keystore commands for every local node.
 */
export async function migrationOverview(
  request: Request,
  target: ClusterTarget,
  alias: string,
  remoteClusterId: string | null,
): Promise<MigrationOverview> {
  const client = target.es;
  const [state, remote, inventory, nodes] = await Promise.all([
    readMigration(client, alias),
    getRemoteCluster(target, alias).catch(() => null),
    readInventory(client, alias),
    client.nodes
      .info({ filter_path: ['nodes.*.name'] })
      .then((info) => Object.values(info.nodes ?? {}).map((node) => node.name)),
  ]);
  return {
    alias,
    remote,
    state,
    next: nextStep(state),
    inventory,
    suggestions: await suggestions(request, target, alias, remoteClusterId),
    keystore: { add: keystoreCommands(alias, nodes), remove: keystoreRemovalCommand(alias) },
  };
}

async function suggestions(
  request: Request,
  target: ClusterTarget,
  alias: string,
  remoteClusterId: string | null,
): Promise<MigrationOverview['suggestions']> {
  if (!remoteClusterId)
    return {
      available: false,
      reason:
        'Choose the registered cluster that is this remote and sign in ' +
        'there to get suggestions from its roles of the same names.',
    };
  const remoteCluster = targetCluster(remoteClusterId);
  const caller = await resolveCaller(request, remoteCluster).catch(() => null);
  if (!caller) return { available: false, reason: `Sign in to ${remoteCluster.displayName} to read its roles.` };
  const [localRoles, remoteRoles] = await Promise.all([
    listRoles(target),
    clientAs(remoteCluster, caller.credentials)
      .security.getRole()
      .then((roles) => roles as Record<string, RawRole>),
  ]);
  return { available: true, roles: suggestRemoteIndices(localRoles, remoteRoles, alias) };
}
