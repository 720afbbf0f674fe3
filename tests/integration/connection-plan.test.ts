import { afterAll, describe, expect, inject, it } from 'vitest';
import type { ConnectionPlan } from '@/lib/connection-plan/model';
import { DEPLOYMENT_TYPES, type Deployment } from '@/lib/deployments/schema';
import { planProblems } from '../support/plan-artifacts';
import {
  REMOTE_SERVER_PORT,
  SANDBOX_PASSWORD,
  addCredentialsWithoutReload,
  adminClient,
  removeRemoteCredentials,
} from '../support/sandbox';

// The connection plan through the running console, against the sandbox's real clusters: every pair of where the
// clusters run, for both security models, with every artifact checked against the ECK and Elastic Cloud schemas
// and every registration the plan writes accepted by the real local cluster; then the self-managed pair followed
// step by step until a cross-cluster search answers.

const baseUrl = inject('consoleUrl');
const run = Date.now().toString(36);
const ADMIN = { authorization: `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}` };
const local = adminClient('local');
const registered: string[] = [];
let keyId = '';

async function call<T>(path: string, method = 'GET', body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...ADMIN, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const plan = (body: unknown) => call<ConnectionPlan>('/api/clusters/local/connection_plan', 'POST', body);

const SAMPLES: Record<Deployment['type'], Deployment> = {
  'self-managed': { type: 'self-managed' },
  eck: { type: 'eck', name: 'quickstart', namespace: 'search', eckVersion: '3.2.0' },
  ech: { type: 'ech', deploymentId: '0123456789abcdef0123456789abcdef' },
  ece: { type: 'ece', deploymentId: 'fedcba9876543210fedcba9876543210', apiUrl: 'https://ece.example.com:12443' },
};
const ADDRESSES: Record<Deployment['type'], string> = {
  'self-managed': `127.0.0.1:${REMOTE_SERVER_PORT}`,
  eck: 'quickstart-remote.example.com:9443',
  ech: 'logs.es.us-east-1.aws.found.io:9443',
  ece: 'a542184a7a7d45b88b83f95392f450ab.192.168.44.10.ip.es.io:9443',
};
const pairs = DEPLOYMENT_TYPES.flatMap((from) => DEPLOYMENT_TYPES.map((to) => [from, to] as const));

/** Writes a plan's cluster-settings artifacts to the real local cluster: Elasticsearch must accept them. */
async function applyRegistrations(result: ConnectionPlan): Promise<void> {
  for (const step of result.steps) {
    for (const artifact of step.artifacts) {
      if (artifact.kind !== 'cluster-settings') continue;
      await local.cluster.putSettings(artifact.content);
      registered.push(result.alias);
      const info = await local.cluster.remoteInfo();
      expect(Object.keys(info)).toContain(result.alias);
    }
  }
}

afterAll(async () => {
  for (const alias of new Set(registered)) {
    // Every setting the console may write: one left behind (skip_unavailable) makes Elasticsearch refuse the rest.
    const keys = ['mode', 'seeds', 'proxy_address', 'server_name', 'skip_unavailable', 'node_connections'].map(
      (key) => [`cluster.remote.${alias}.${key}`, null],
    );
    await local.cluster.putSettings({ persistent: Object.fromEntries(keys) });
  }
  removeRemoteCredentials(`it_plan_${run}`);
  if (keyId)
    await adminClient('remote')
      .security.invalidateApiKey({ ids: [keyId] })
      .catch(() => undefined);
}, 60_000);

describe('POST /api/clusters/{id}/connection_plan', () => {
  it.each(pairs)(
    'API-key model, %s -> %s: valid artifacts, and Elasticsearch accepts the registration',
    async (from, to) => {
      const alias = `it_plan_${from}_${to}_${run}`.replaceAll('-', '_');
      const { status, body } = await plan({
        alias,
        securityModel: 'api_key',
        local: { deployment: SAMPLES[from] },
        remote: { address: ADDRESSES[to], deployment: SAMPLES[to] },
        access: { search: [{ names: ['logs-*'] }] },
      });
      expect(status).toBe(200);
      expect(body.local).toMatchObject({ deployment: SAMPLES[from], source: 'request' });
      expect(planProblems(body)).toEqual([]);
      await applyRegistrations(body);
    },
  );

  it.each(pairs)('certificate model, %s -> %s: valid artifacts', async (from, to) => {
    const { status, body } = await plan({
      alias: `it_cert_${run}`,
      securityModel: 'certificate',
      local: { deployment: SAMPLES[from] },
      remote: { address: ADDRESSES[to].replace(/:\d+$/, ':9400'), deployment: SAMPLES[to] },
    });
    expect(status).toBe(200);
    expect(planProblems(body)).toEqual([]);
    expect(body.steps.at(-1)?.id).toBe('verify');
  });

  it('guesses the local side from nodes info and takes the remote from the registry', async () => {
    const { status, body } = await plan({ alias: 'guess', securityModel: 'api_key', remote: { clusterId: 'remote' } });
    expect(status).toBe(200);
    expect(body.local).toMatchObject({ source: 'guess', deployment: { type: 'self-managed' }, clusterId: 'local' });
    expect(body.local.evidence).toMatch(/nodes info/);
    expect(body.remote).toMatchObject({
      source: 'registry',
      deployment: { type: 'self-managed' },
      clusterId: 'remote',
    });
  });

  it('names the field and the rule for bad input, and writes nothing', async () => {
    const before = await local.cluster.getSettings({ flat_settings: true });
    const bad = await plan({ alias: 'a b', securityModel: 'api_key', local: { deployment: { type: 'ech' } } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      attributes: { fields: { alias: expect.any(String), 'local.deployment.deploymentId': 'is required' } },
    });
    expect(await local.cluster.getSettings({ flat_settings: true })).toEqual(before);
  });
});

describe('the self-managed pair, followed step by step', () => {
  const alias = `it_plan_${run}`;

  it('connects the sandbox clusters and searches across them', async () => {
    const { body: steps } = await plan({
      alias,
      securityModel: 'api_key',
      remote: { clusterId: 'remote', address: `127.0.0.1:${REMOTE_SERVER_PORT}` },
      access: { search: [{ names: ['logs-*'] }] },
    });
    const step = (id: string) => steps.steps.find((candidate) => candidate.id === id)!;
    expect(step('remote-key').artifacts.map((artifact) => artifact.kind)).toEqual(['console-action']);

    const key = await call<{ id: string; encoded: string }>('/api/clusters/remote/cross_cluster_api_keys', 'POST', {
      name: `it-plan-${run}`,
      access: { search: [{ names: ['logs-*'] }] },
    });
    expect(key.status).toBe(200);
    keyId = key.body.id;

    // The keystore command the plan hands over, run by the sandbox helper in the administrator's place.
    const keystore = step('local-keystore').artifacts;
    expect(keystore[0]).toMatchObject({
      kind: 'shell',
      content: `bin/elasticsearch-keystore add cluster.remote.${alias}.credentials`,
    });
    expect(keystore[1]).toMatchObject({ kind: 'console-action', content: { action: 'reload-secure-settings' } });
    addCredentialsWithoutReload(alias, key.body.encoded);
    expect((await call('/api/clusters/local/_reload_secure_settings', 'POST')).status).toBe(200);

    const settings = step('local-register').artifacts[0]!;
    expect(settings.kind).toBe('cluster-settings');
    const remoteSettings = (
      settings.content as { persistent: { cluster: { remote: Record<string, { seeds: string[] }> } } }
    ).persistent.cluster.remote[alias]!;
    expect(remoteSettings).toEqual({ mode: 'sniff', seeds: [`127.0.0.1:${REMOTE_SERVER_PORT}`] });
    const created = await call('/api/clusters/local/remote_clusters', 'POST', { name: alias, ...remoteSettings });
    expect(created.status).toBe(200);
    registered.push(alias);

    await expect.poll(async () => (await local.cluster.remoteInfo())[alias]?.connected, { timeout: 30_000 }).toBe(true);
    const search = await local.search({ index: `${alias}:logs-*`, size: 0, track_total_hits: true });
    expect((search.hits.total as { value: number }).value).toBeGreaterThan(0);
  }, 90_000);
});
