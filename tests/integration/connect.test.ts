import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { ReadinessCheck } from '@/lib/connect/readiness';
import type { ReloadResult } from '@/lib/connect/reload';
import type { Diagnosis } from '@/lib/remote-clusters/diagnosis';
import {
  REMOTE_SERVER_PORT,
  SANDBOX_PASSWORD,
  UNREACHABLE_CLUSTER_ID,
  addCredentialsWithoutReload,
  adminClient,
  removeRemoteCredentials,
  sandboxVersion,
} from '../support/sandbox';
import { meets } from '@/lib/version-rules';
import { ConsoleSessionClient } from '../support/session';

// The whole API-key connection through the console, as a person with two clusters does it: sign in to both,
// check readiness, create the key on the remote, keystore (the sandbox helper stands in for the administrator's
// terminal), reload, register, verify with a real cross-cluster search; then invalidate the key and diagnose.

const baseUrl = inject('consoleUrl');
const logFile = inject('consoleLogFile');
const run = Date.now().toString(36);
const ALIAS = `it_connect_${run}`;
const KEY_NAME = `it-connect-${run}`;
const local = adminClient('local');
const browser = new ConsoleSessionClient(baseUrl);

interface Answer<T> {
  status: number;
  body: T;
}

async function call<T = Record<string, unknown>>(
  path: string,
  init: { method?: string; body?: unknown; xsrf?: boolean } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.xsrf !== false && init.method && init.method !== 'GET') headers['kbn-xsrf'] = 'true';
  const response = await browser.fetch(path, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

let keyId = '';
let encoded = '';
const responsesAfterCreation: string[] = [];

beforeAll(async () => {
  expect(await browser.signIn('elastic', SANDBOX_PASSWORD, 'local')).toBeNull();
});

afterAll(async () => {
  const keys = ['mode', 'seeds', 'skip_unavailable'].map((key) => [`cluster.remote.${ALIAS}.${key}`, null]);
  await local.cluster.putSettings({ persistent: Object.fromEntries(keys) }).catch(() => undefined);
  removeRemoteCredentials(ALIAS);
  if (keyId)
    await adminClient('remote')
      .security.invalidateApiKey({ ids: [keyId] })
      .catch(() => undefined);
}, 60_000);

describe('connecting two clusters with the API-key model through the console', () => {
  it('lists the registered clusters with reachability, and version and licence only where signed in', async () => {
    const { status, body } = await call<RegisteredClusterView[]>('/api/clusters');
    expect(status).toBe(200);
    const byId = Object.fromEntries(body.map((cluster) => [cluster.id, cluster]));
    expect(byId.local).toMatchObject({
      reachable: true,
      signedIn: true,
      username: 'elastic',
      isDefault: true,
      licence: { type: 'trial', status: 'active' },
    });
    expect(byId.local?.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(byId.remote).toMatchObject({ reachable: true, signedIn: false, version: null, licence: null });
    expect(byId[UNREACHABLE_CLUSTER_ID]).toMatchObject({ reachable: false, signedIn: false });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ca\.crt/);
  });

  it('refuses a wrong remote password and an unreachable cluster with a message, keeping the session', async () => {
    const wrong = await call('/api/clusters/remote/session', {
      method: 'POST',
      body: { username: 'elastic', password: 'wrong' },
    });
    expect(wrong).toMatchObject({ status: 401, body: { message: 'Wrong username or password.' } });
    const down = await call(`/api/clusters/${UNREACHABLE_CLUSTER_ID}/session`, {
      method: 'POST',
      body: { username: 'elastic', password: 'x' },
    });
    expect(down.status).toBe(502);
    expect(down.body.message).toMatch(/did not answer/);
    const noXsrf = await call('/api/clusters/remote/session', {
      method: 'POST',
      body: { username: 'elastic', password: SANDBOX_PASSWORD },
      xsrf: false,
    });
    expect(noXsrf.status).toBe(400);
    const remoteCall = await call('/api/clusters/remote/cross_cluster_api_keys');
    expect(remoteCall).toMatchObject({
      status: 401,
      body: { attributes: { signInRequired: { clusterId: 'remote' } } },
    });
  });

  it('signs in to the remote as its administrator, next to the local sign-in', async () => {
    const signedIn = await call('/api/clusters/remote/session', {
      method: 'POST',
      body: { username: 'elastic', password: SANDBOX_PASSWORD },
    });
    expect(signedIn).toMatchObject({
      status: 200,
      body: { clusterId: 'remote', username: 'elastic', authMethod: 'api_key' },
    });
    const { body } = await call<RegisteredClusterView[]>('/api/clusters');
    expect(body.filter((cluster) => cluster.signedIn).map((cluster) => cluster.id)).toEqual(['local', 'remote']);
    expect((await call('/api/auth/session')).body).toMatchObject({ console: { clusterId: 'local' } });
  });

  it('finds both clusters ready: licence, versions, remote cluster server, client TLS and trust', async () => {
    const { status, body } = await call<{ checks: ReadinessCheck[]; remoteSignedIn: boolean }>(
      '/api/clusters/local/readiness?remote=remote',
    );
    expect(status).toBe(200);
    expect(body.remoteSignedIn).toBe(true);
    expect(body.checks.map((check) => [check.id, check.state])).toEqual([
      ['local_licence', 'pass'],
      ['local_version', 'pass'],
      ['remote_licence', 'pass'],
      ['remote_version', 'pass'],
      ['versions_search', 'pass'],
      ['versions_replication', 'pass'],
      ['remote_server', 'pass'],
      ['local_client_tls', 'pass'],
      ['local_trust', 'pass'],
    ]);
    expect(body.checks.find((check) => check.id === 'remote_server')?.explanation).toContain(`:${REMOTE_SERVER_PORT}`);
  });

  it('refuses a key with no access, and asks an API-key session for the password, writing nothing', async () => {
    const before = (
      await adminClient('remote')
        .security.getApiKey({ name: KEY_NAME })
        .catch(() => ({ api_keys: [] }))
    ).api_keys.length;
    const noAccess = await call<{ attributes: { fields: Record<string, string> } }>(
      '/api/clusters/remote/cross_cluster_api_keys',
      {
        method: 'POST',
        body: { name: KEY_NAME, access: {}, password: SANDBOX_PASSWORD },
      },
    );
    expect(noAccess.status).toBe(400);
    expect(Object.keys(noAccess.body.attributes.fields)).toContain('access');
    const noPassword = await call<{ attributes: { fields: Record<string, string> } }>(
      '/api/clusters/remote/cross_cluster_api_keys',
      {
        method: 'POST',
        body: { name: KEY_NAME, access: { search: [{ names: ['logs-*'] }] } },
      },
    );
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.attributes.fields.password).toMatch(/password/);
    const after = (
      await adminClient('remote')
        .security.getApiKey({ name: KEY_NAME })
        .catch(() => ({ api_keys: [] }))
    ).api_keys.length;
    expect(after).toBe(before);
  });

  it('creates a cross-cluster key on the remote and shows its secret once', async () => {
    const created = await call<{ id: string; name: string; encoded: string }>(
      '/api/clusters/remote/cross_cluster_api_keys',
      {
        method: 'POST',
        body: {
          name: KEY_NAME,
          access: { search: [{ names: ['logs-*'] }] },
          expiration: '1d',
          metadata: { purpose: 'integration test' },
          password: SANDBOX_PASSWORD,
        },
      },
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ name: KEY_NAME, id: expect.any(String), encoded: expect.any(String) });
    ({ id: keyId, encoded } = created.body);
    const listed = await call<{ id: string; name: string; invalidated: boolean }[]>(
      '/api/clusters/remote/cross_cluster_api_keys',
    );
    responsesAfterCreation.push(JSON.stringify(listed.body));
    expect(listed.body.find((key) => key.id === keyId)).toMatchObject({ name: KEY_NAME, invalidated: false });
  });

  it('reloads secure settings through the console after the keystore step, naming each node', async () => {
    addCredentialsWithoutReload(ALIAS, encoded);
    const reloaded = await call<ReloadResult>('/api/clusters/local/_reload_secure_settings', { method: 'POST' });
    responsesAfterCreation.push(JSON.stringify(reloaded.body));
    expect(reloaded.status).toBe(200);
    expect(reloaded.body.failedNodes).toEqual([]);
    expect(reloaded.body.nodes[0]).toMatchObject({ name: 'local-0', reloaded: true });
    // Elasticsearch names the keystore's settings per node from 9.3; before, the answer says which rule applies.
    if (meets(await sandboxVersion('local'), 'reload_setting_names')) {
      expect(reloaded.body.nodes[0]?.secureSettingNames).toContain(`cluster.remote.${ALIAS}.credentials`);
      expect(reloaded.body.limits).toEqual([]);
    } else {
      expect(reloaded.body.nodes[0]?.secureSettingNames).toBeUndefined();
      expect(reloaded.body.limits.map((limit) => limit.rule)).toEqual(['reload_setting_names']);
      expect(reloaded.body.limits[0]?.message).toMatch(/needs Elasticsearch 9\.3 or later; this cluster runs 8\./);
    }
  });

  it('registers the remote on the remote cluster server port, and refuses the same alias twice', async () => {
    const body = { name: ALIAS, mode: 'sniff', seeds: [`127.0.0.1:${REMOTE_SERVER_PORT}`], skipUnavailable: false };
    expect(await call('/api/clusters/local/remote_clusters', { method: 'POST', body })).toEqual({
      status: 200,
      body: { acknowledged: true },
    });
    const again = await call('/api/clusters/local/remote_clusters', { method: 'POST', body });
    expect(again).toMatchObject({
      status: 409,
      body: { message: 'There is already a remote cluster with that name.' },
    });
  });

  it(
    'verifies it: connected, API-key model, resolvable, ' + 'and a cross-cluster search finds the remote documents',
    async () => {
      const { status, body } = await call<Diagnosis>(
        `/api/clusters/local/remote_clusters/${ALIAS}/diagnosis?index=logs-*`,
      );
      responsesAfterCreation.push(JSON.stringify(body));
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', isConnected: true, securityModel: 'api_key' });
      expect(body.findings.map((finding) => [finding.id, finding.severity])).toEqual([
        ['connection', 'ok'],
        ['security_model', 'ok'],
        ['resolve', 'ok'],
        ['test_search', 'ok'],
        ['skip_unavailable', 'info'],
      ]);
      expect(body.findings.find((finding) => finding.id === 'test_search')?.evidence).toContain('hits.total: 10');
      // The same search, made as the signed-in user straight against Elasticsearch, agrees.
      const direct = await local.search({ index: `${ALIAS}:logs-*`, size: 0, track_total_hits: true });
      expect(direct.hits.total).toMatchObject({ value: 10 });
      const info = await local.cluster.remoteInfo();
      expect(info[ALIAS]).toMatchObject({ connected: true, cluster_credentials: '::es_redacted::' });
    },
  );

  it('rejects a bad test index pattern with a field message', async () => {
    const bad = await call<{ attributes: { fields: Record<string, string> } }>(
      `/api/clusters/local/remote_clusters/${ALIAS}/diagnosis?index=${encodeURIComponent('logs *')}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.attributes.fields.index).toMatch(/index pattern/);
  });

  it('invalidates the key, and the diagnosis then says the remote refuses it and what to do', async () => {
    const invalidated = await call<{ invalidated: string[]; errors: unknown[] }>(
      `/api/clusters/remote/cross_cluster_api_keys/${keyId}`,
      { method: 'DELETE' },
    );
    expect(invalidated).toEqual({ status: 200, body: { invalidated: [keyId], errors: [] } });
    let diagnosis: Diagnosis | undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      diagnosis = (await call<Diagnosis>(`/api/clusters/local/remote_clusters/${ALIAS}/diagnosis?index=logs-*`)).body;
      // Right after the invalidation Elasticsearch may first report the dropped connection ("Unable to connect")
      // before the handshake that names the refused key: wait for the latter, which is what the person must see.
      const refused = diagnosis.findings.some(
        (finding) => finding.id === 'resolve' && finding.title === 'The remote refuses the cross-cluster API key',
      );
      if (diagnosis.status === 'failing' && refused) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    responsesAfterCreation.push(JSON.stringify(diagnosis));
    expect(diagnosis?.status).toBe('failing');
    const failing = diagnosis?.findings.filter((finding) => finding.severity === 'error') ?? [];
    expect(failing.length).toBeGreaterThan(0);
    const resolve = diagnosis?.findings.find((finding) => finding.id === 'resolve');
    expect(resolve).toMatchObject({ severity: 'error', title: 'The remote refuses the cross-cluster API key' });
    // Elasticsearch says either, depending on whether the connection was re-established since the invalidation.
    expect(resolve?.evidence).toMatch(/has been invalidated|unable to authenticate user/);
    expect(resolve?.fix).toContain(`cluster.remote.${ALIAS}.credentials`);
  });

  it('never lets the key out again: not in any later response, nor in the server log', () => {
    expect(encoded.length).toBeGreaterThan(20);
    const secret = Buffer.from(encoded, 'base64').toString().split(':')[1] ?? '';
    expect(secret.length).toBeGreaterThan(10);
    for (const body of responsesAfterCreation) {
      expect(body).not.toContain(encoded);
      expect(body).not.toContain(secret);
    }
    const log = readFileSync(logFile, 'utf8');
    expect(log).not.toContain(encoded);
    expect(log).not.toContain(secret);
    expect(log).not.toContain(SANDBOX_PASSWORD);
  });
});
