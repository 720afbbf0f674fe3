import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ReadinessCheck } from '@/lib/connect/readiness';
import type { ReloadResult } from '@/lib/connect/reload';
import type { Diagnosis } from '@/lib/remote-clusters/diagnosis';
import { SEARCH_RULE, searchSupported } from '@/lib/version-compatibility';
import { REMOTE_SERVER_PORT, SANDBOX_PASSWORD, addCredentialsWithoutReload, adminClient, removeRemoteCredentials, sandboxVersion } from '../support/sandbox';
import { ConsoleSessionClient } from '../support/session';

// A pair of clusters on different Elasticsearch lines (scripts/test.sh runs this file once per direction:
// local 9.5.4 with remote 8.19.7, and local 8.19.7 with remote 9.5.4). Where Elastic supports searching
// from local to remote, the console connects them with the API-key model and a real cross-cluster search
// runs; where it does not, readiness says so with Elastic's rule before anything is written.

const baseUrl = inject('consoleUrl');
const browser = new ConsoleSessionClient(baseUrl);
const run = Date.now().toString(36);
const ALIAS = `mixed_${run}`;
const local = adminClient('local');
let localVersion = '';
let remoteVersion = '';
let keyId = '';

async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.method && init.method !== 'GET') headers['kbn-xsrf'] = 'true';
  const response = await browser.fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  [localVersion, remoteVersion] = await Promise.all([sandboxVersion('local'), sandboxVersion('remote')]);
  expect(localVersion.split('.')[0], 'a mixed pair runs two majors').not.toBe(remoteVersion.split('.')[0]);
  expect(await browser.signIn('elastic', SANDBOX_PASSWORD, 'local')).toBeNull();
  expect((await call('/api/clusters/remote/session', { method: 'POST', body: { username: 'elastic', password: SANDBOX_PASSWORD } })).status).toBe(200);
});

afterAll(async () => {
  const keys = ['mode', 'seeds', 'skip_unavailable'].map((key) => [`cluster.remote.${ALIAS}.${key}`, null]);
  await local.cluster.putSettings({ persistent: Object.fromEntries(keys) }).catch(() => undefined);
  if (keyId) {
    removeRemoteCredentials(ALIAS);
    await adminClient('remote').security.invalidateApiKey({ ids: [keyId] }).catch(() => undefined);
  }
}, 60_000);

describe('a local and a remote cluster on different Elasticsearch lines', () => {
  it("reads both versions and applies Elastic's search rule to the pair", async () => {
    const { status, body } = await call<{ checks: ReadinessCheck[] }>('/api/clusters/local/readiness?remote=remote');
    expect(status).toBe(200);
    const byId = Object.fromEntries(body.checks.map((check) => [check.id, check]));
    expect(byId.local_version?.state).toBe('pass');
    expect(byId.remote_version?.state).toBe('pass');
    const search = byId.versions_search;
    if (searchSupported(localVersion, remoteVersion)) {
      expect(search).toMatchObject({ state: 'pass', explanation: `local ${localVersion} -> remote ${remoteVersion}: supported. ${SEARCH_RULE}` });
    } else {
      expect(search).toMatchObject({ state: 'fail', explanation: `local ${localVersion} -> remote ${remoteVersion}: not supported. ${SEARCH_RULE}` });
      expect(search?.fix).toMatch(/Upgrade the cluster that is behind/);
    }
    // Replication also needs the local cluster not to be older; across these majors Elastic supports neither direction.
    expect(byId.versions_replication?.state).toBe('warn');
  });

  it('connects with the API-key model and searches across the versions, where Elastic supports the direction', async (context) => {
    if (!searchSupported(localVersion, remoteVersion)) context.skip(`Elastic does not support search from ${localVersion} to ${remoteVersion}; readiness says so above`);
    const created = await call<{ id: string; encoded: string }>('/api/clusters/remote/cross_cluster_api_keys', {
      method: 'POST', body: { name: `it-mixed-${run}`, access: { search: [{ names: ['logs-*'] }] }, expiration: '1d', password: SANDBOX_PASSWORD },
    });
    expect(created.status).toBe(200);
    keyId = created.body.id;
    addCredentialsWithoutReload(ALIAS, created.body.encoded);
    const reloaded = await call<ReloadResult>('/api/clusters/local/_reload_secure_settings', { method: 'POST' });
    expect(reloaded).toMatchObject({ status: 200, body: { failedNodes: [] } });
    const registered = await call('/api/clusters/local/remote_clusters', {
      method: 'POST', body: { name: ALIAS, mode: 'sniff', seeds: [`127.0.0.1:${REMOTE_SERVER_PORT}`], skipUnavailable: false },
    });
    expect(registered).toEqual({ status: 200, body: { acknowledged: true } });

    const { status, body } = await call<Diagnosis>(`/api/clusters/local/remote_clusters/${ALIAS}/diagnosis?index=logs-*`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', isConnected: true, securityModel: 'api_key' });
    expect(body.findings.find((finding) => finding.id === 'test_search')?.evidence).toContain('hits.total: 10');
    // The same cross-cluster search straight against Elasticsearch, and the remote's version as it answers.
    const direct = await local.search({ index: `${ALIAS}:logs-*`, size: 0, track_total_hits: true });
    expect(direct.hits.total).toMatchObject({ value: 10 });
    const resolved = await local.indices.resolveCluster({ name: `${ALIAS}:logs-*` });
    expect(resolved[ALIAS]).toMatchObject({ connected: true, version: { number: remoteVersion } });
  });
});
