import 'server-only';
import type { SessionGrant } from '@/lib/server/auth/session-token';
import { mayAnswer } from '@/lib/server/clusters/availability';
import { findCluster, getConfig } from '@/lib/server/config';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { firstListOfRemoteClusters } from '@/lib/server/remote-clusters/operations';
import { listRoles } from '@/lib/server/roles/operations';
import { listUsers } from '@/lib/server/roles/users';
import { listRegisteredClusters } from '@/lib/server/clusters/list-clusters';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import { listCrossClusterApiKeys } from '@/lib/server/cross-cluster-api-keys/operations';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import type { RoleView } from '@/lib/roles/model';
import type { UserView } from '@/lib/roles/users-schema';

// The list pages' first rows, read while the server renders the page, so they arrive in the HTML instead of after
// the JavaScript and a request of its own (the page then hydrates and polls as before). Read as the signed-in
// person, like every API call, and only for a short while: a slow cluster must never hold the page; the browser
// then reads for itself, and shows what went wrong if anything does.

const FIRST_ROWS_BUDGET_MS = 700;

function homeTarget(grant: SessionGrant): ClusterTarget | undefined {
  const cluster = findCluster(grant.session.clusterId);
  if (!cluster || !mayAnswer(cluster)) return undefined;
  return { cluster, credentials: grant.credentials, grant, es: clientAs(cluster, grant.credentials) };
}

/** What the read gives within the budget, else undefined (a failure too: the browser reads again and says why). */
async function inBudget<T>(read: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), FIRST_ROWS_BUDGET_MS);
  });
  try {
    return await Promise.race([read.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function withinBudget<T>(read: (target: ClusterTarget) => Promise<T>, grant: SessionGrant) {
  const target = homeTarget(grant);
  return target ? inBudget(read(target)) : undefined;
}

/** The shared read when fresh, else the remote clusters without the live check (which waits on unreachable ones). */
export function firstRemoteClusters(grant: SessionGrant): Promise<RemoteCluster[] | undefined> {
  return withinBudget(firstListOfRemoteClusters, grant);
}

export function firstRoles(grant: SessionGrant): Promise<RoleView[] | undefined> {
  return withinBudget(listRoles, grant);
}

export function firstUsers(grant: SessionGrant): Promise<UserView[] | undefined> {
  return withinBudget(listUsers, grant);
}

/** Where the API keys page opens: a cluster and its keys as read, or nothing chosen (the page asks). */
export interface ApiKeysStart {
  clusterId?: string;
  firstRows?: CrossClusterApiKey[];
}

/**
 * Cross-cluster keys live on the cluster that is searched, usually not the one signed in to first. Without a
 * ?cluster= choice the page opens on the first cluster the session is signed in to that holds an active key (the
 * home cluster first, then the others in the registry's order), read within the budget; with none found it asks,
 * unless the home cluster is the only one registered.
 */
export async function apiKeysStart(grants: Map<string, SessionGrant>, homeClusterId: string): Promise<ApiKeysStart> {
  const order = getConfig().clusters.map((cluster) => cluster.id);
  const signedIn = [...grants.values()].sort(
    (a, b) =>
      Number(b.session.clusterId === homeClusterId) - Number(a.session.clusterId === homeClusterId) ||
      order.indexOf(a.session.clusterId) - order.indexOf(b.session.clusterId),
  );
  const reads = await Promise.all(signedIn.map((grant) => withinBudget(listCrossClusterApiKeys, grant)));
  const found = reads.findIndex((keys) => keys?.some((key) => !key.invalidated && !key.expired));
  if (found >= 0) return { clusterId: signedIn[found]?.session.clusterId, firstRows: reads[found] };
  const home = signedIn.findIndex((grant) => grant.session.clusterId === homeClusterId);
  // Only a home cluster that answered "no keys" is a reason to ask: one that was slow or refused may hold some,
  // and the page then reads it for itself and says what went wrong.
  const homeAnswered = home >= 0 && reads[home] !== undefined;
  if (order.length === 1 || !homeAnswered) return { clusterId: homeClusterId, firstRows: reads[home] };
  return {};
}

/** The keys of the cluster a ?cluster= address names, when the session is signed in there. */
export async function firstApiKeys(grant: SessionGrant | undefined): Promise<CrossClusterApiKey[] | undefined> {
  return grant ? withinBudget(listCrossClusterApiKeys, grant) : undefined;
}

/** The registered clusters as GET /api/clusters gives them to this session, for pages that choose among them. */
export function firstClusters(grants: Map<string, SessionGrant>): Promise<RegisteredClusterView[] | undefined> {
  return inBudget(listRegisteredClusters(grants));
}
