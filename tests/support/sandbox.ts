import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Client } from '@elastic/elasticsearch';

/** The sandbox the tests run against: scripts/test.sh exports its folder and password. */
export const SANDBOX_DIR = process.env.SANDBOX_DIR ?? '/var/tmp/rcc-sandbox';
export const SANDBOX_PASSWORD = process.env.SANDBOX_PASSWORD ?? 'sandbox-elastic';
export const CONSOLE_CONFIG_FILE = `${SANDBOX_DIR}/console.config.json`;
/** The tests' registry: the sandbox's clusters plus one that never answers, for the unreachable-cluster cases. */
export const TEST_CONSOLE_CONFIG_FILE = `${SANDBOX_DIR}/console.test-config.json`;
export const UNREACHABLE_CLUSTER_ID = 'unreachable';

export function writeTestConsoleConfig(): string {
  const registry = JSON.parse(readFileSync(CONSOLE_CONFIG_FILE, 'utf8')) as { clusters: unknown[] };
  // Port 9 (discard) on loopback: nothing listens there, so connections are refused at once.
  registry.clusters.push({ id: UNREACHABLE_CLUSTER_ID, displayName: 'Unreachable (test)', url: 'http://127.0.0.1:9' });
  writeFileSync(TEST_CONSOLE_CONFIG_FILE, JSON.stringify(registry, null, 2));
  return TEST_CONSOLE_CONFIG_FILE;
}

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

/** The remote cluster server's port on the sandbox's remote (API-key model). */
export const REMOTE_SERVER_PORT = Number(process.env.SANDBOX_REMOTE_SERVER_PORT ?? 9443);
export const REMOTE_TRANSPORT_PORT = Number(process.env.SANDBOX_REMOTE_TRANSPORT_PORT ?? 9301);
/** The remote the sandbox's local cluster defines in elasticsearch.yml. */
export const NODE_DEFINED_REMOTE = process.env.SANDBOX_NODE_REMOTE_ALIAS ?? 'node-defined';

/**
 * Creates a cross-cluster API key on the remote and puts it in the local keystore for `alias`, as an operator
 * would; returns the key's id.
 */
export async function installRemoteCredentials(alias: string, searchNames = ['logs-*', 'metrics-*']): Promise<string> {
  const key = await adminClient('remote').security.createCrossClusterApiKey({
    name: `it-${alias}`,
    access: { search: [{ names: searchNames }] },
  });
  runSandbox(['credentials', alias], `${key.encoded}\n`);
  return key.id;
}

/** The administrator's terminal step alone: the key into the local keystore, without reloading (the console reloads). */
export function addCredentialsWithoutReload(alias: string, encoded: string): void {
  runSandbox(['credentials', alias, '--no-reload'], `${encoded}\n`);
}

export function removeRemoteCredentials(alias: string): void {
  runSandbox(['remove-credentials', alias]);
}

function runSandbox(args: string[], input?: string): void {
  const result = spawnSync('bash', ['scripts/sandbox.sh', ...args], { input, encoding: 'utf8', env: process.env });
  if (result.status !== 0) throw new Error(`sandbox ${args[0]} failed: ${result.stderr || result.stdout}`);
}
