import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';

/** The sandbox the tests run against: scripts/test.sh exports its folder and password. */
export const SANDBOX_DIR = process.env.SANDBOX_DIR ?? '/var/tmp/rcc-sandbox';
export const SANDBOX_PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';
export const CONSOLE_CONFIG_FILE = `${SANDBOX_DIR}/console.config.json`;

interface RegistryEntry {
  id: string;
  url: string;
  caFile?: string;
}

export function sandboxCluster(id: string): RegistryEntry {
  const registry = JSON.parse(readFileSync(CONSOLE_CONFIG_FILE, 'utf8')) as { clusters: RegistryEntry[] };
  const entry = registry.clusters.find((cluster) => cluster.id === id);
  if (!entry) throw new Error(`cluster ${id} is not in ${CONSOLE_CONFIG_FILE}; run: npm run sandbox -- up`);
  return entry;
}

/** The sandbox's own superuser, for test fixtures only (the console never uses it). */
export function adminClient(id = 'local'): Client {
  const entry = sandboxCluster(id);
  return new Client({
    node: entry.url,
    auth: { username: 'elastic', password: SANDBOX_PASSWORD },
    tls: entry.caFile ? { ca: readFileSync(entry.caFile, 'utf8') } : undefined,
  });
}

/** A native user with a role of its own, created (or reset) on the cluster. */
export async function ensureUser(client: Client, username: string, password: string, clusterPrivileges: string[]): Promise<void> {
  const role = `${username}-role`;
  await client.security.putRole({ name: role, cluster: clusterPrivileges, refresh: 'wait_for' });
  await client.security.putUser({ username, password, roles: [role], full_name: `Test ${username}`, refresh: 'wait_for' });
}
