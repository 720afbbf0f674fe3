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
  const registry = JSON.parse(readFileSync(CONSOLE_CONFIG_FILE, 'utf8')) as { clusters: Record<string, unknown>[] };
  // The remote says where it runs, so the connection plan's registry source is exercised; the local is guessed.
  for (const cluster of registry.clusters) if (cluster.id === 'remote') cluster.deployment = { type: 'self-managed' };
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

/**
 * The sandbox's own superuser, for test fixtures only (the console never uses it). Plain JSON, which every
 * version accepts: the client's own `compatible-with=9` is refused by 8.x nodes (the console negotiates it,
 * see lib/server/elasticsearch/media-type.ts; the fixtures need not).
 */
export function adminClient(id = 'local'): Client {
  const entry = sandboxCluster(id);
  return new Client({
    node: entry.url,
    auth: { username: 'elastic', password: SANDBOX_PASSWORD },
    tls: entry.caFile ? { ca: readFileSync(entry.caFile, 'utf8') } : undefined,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
  });
}

/** A native user with a role of its own, created (or reset) on the cluster. */
export async function ensureUser(
  client: Client,
  username: string,
  password: string,
  clusterPrivileges: string[],
): Promise<void> {
  const role = `${username}-role`;
  await client.security.putRole({ name: role, cluster: clusterPrivileges, refresh: 'wait_for' });
  await client.security.putUser({
    username,
    password,
    roles: [role],
    full_name: `Test ${username}`,
    refresh: 'wait_for',
  });
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
  addCredentials(alias, key.encoded);
  return key.id;
}

/** The administrator's keystore step on the local cluster for a key made elsewhere: add, then reload. */
export function addCredentials(alias: string, encoded: string): void {
  runSandbox(['credentials', alias], `${encoded}\n`);
}

/**
 * The administrator's terminal step alone: the key into the local keystore, without reloading (the console reloads).
 */
export function addCredentialsWithoutReload(alias: string, encoded: string): void {
  runSandbox(['credentials', alias, '--no-reload'], `${encoded}\n`);
}

export function removeRemoteCredentials(alias: string): void {
  runSandbox(['remove-credentials', alias]);
}

/**
 * Restarts the local cluster, as an administrator must after a keystore change before 8.13 (no reload of credentials).
 */
export function restartLocalCluster(): void {
  runSandbox(['down', 'local']);
  runSandbox(['up']);
}

function runSandbox(args: string[], input?: string): void {
  const result = spawnSync('bash', ['scripts/sandbox.sh', ...args], { input, encoding: 'utf8', env: process.env });
  if (result.status !== 0) throw new Error(`sandbox ${args[0]} failed: ${result.stderr || result.stdout}`);
}

/**
 * The optional third cluster "legacy" (`npm run sandbox -- up --with-legacy`; scripts/test.sh starts it): connected
 * to the local cluster as LEGACY_ALIAS in the deprecated certificate model (its transport port, no keystore
 * credentials), and serving the API-key model on its remote cluster server too, for migrations.
 */
export const LEGACY_HTTP_PORT = Number(process.env.SANDBOX_LEGACY_HTTP_PORT ?? 9202);
export const LEGACY_TRANSPORT_PORT = Number(process.env.SANDBOX_LEGACY_TRANSPORT_PORT ?? 9302);
export const LEGACY_SERVER_PORT = Number(process.env.SANDBOX_LEGACY_SERVER_PORT ?? 9444);
export const LEGACY_CLUSTER_ID = 'legacy';
export const LEGACY_ALIAS = 'legacy';
/** The role both clusters define: in the certificate model legacy authorises the local user by this NAME. */
export const LEGACY_ROLE = 'legacy-reader';
/** A native user of the local cluster holding LEGACY_ROLE. */
export const LEGACY_USER = 'legacy-user';
export const LEGACY_PASSWORD = 'legacy-password';
/**
 * The index seeded on legacy (5 documents); LEGACY_ROLE grants read, read_cross_cluster, view_index_metadata on
 * legacy-*.
 */
export const LEGACY_INDEX = 'legacy-logs';
export const LEGACY_DOCUMENTS = 5;

/** True when the sandbox's console registry lists the legacy cluster (the sandbox was started with it). */
export function legacyEnabled(): boolean {
  try {
    const registry = JSON.parse(readFileSync(CONSOLE_CONFIG_FILE, 'utf8')) as { clusters: RegistryEntry[] };
    return registry.clusters.some((cluster) => cluster.id === LEGACY_CLUSTER_ID);
  } catch {
    return false;
  }
}

/** Recreates whatever is missing of the certificate-model connection local -> legacy (e.g. after a test removed it). */
export function ensureLegacyConnection(): void {
  runSandbox(['legacy-connect']);
}

/** The version a sandbox cluster runs, read from the cluster itself: the tests of version rules depend on it. */
export async function sandboxVersion(id: string): Promise<string> {
  const info = await adminClient(id).nodes.info({ filter_path: ['nodes.*.version'] });
  const version = Object.values(info.nodes ?? {})[0]?.version;
  if (!version) throw new Error(`could not read the version of the sandbox cluster ${id}`);
  return version;
}
