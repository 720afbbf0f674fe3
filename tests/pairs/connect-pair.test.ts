import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ReadinessCheck } from '@/lib/connect/readiness';
import type { ReloadResult } from '@/lib/connect/reload';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import type { Diagnosis } from '@/lib/remote-clusters/diagnosis';
import {
  replicationSupported,
  SEARCH_RULE,
  searchFix,
  searchRefusalReason,
  searchSupported,
} from '@/lib/version-compatibility';
import { meets } from '@/lib/version-rules';
import {
  REMOTE_SERVER_PORT,
  SANDBOX_PASSWORD,
  addCredentialsWithoutReload,
  adminClient,
  removeRemoteCredentials,
  restartLocalCluster,
  sandboxVersion,
} from '../support/sandbox';
import { ConsoleSessionClient } from '../support/session';

// One local and one remote cluster, of whatever versions the sandbox runs: scripts/test.sh runs this file for the
// mixed-version pairs (local 9.5.4 with remote 8.19.7, and local 8.19.7 with remote 9.5.4), and the README's
// smoke run for the oldest 8.x with the API-key model (8.10.0 on both). Sign in, readiness with Elastic's rule for
// the pair, and, where Elastic supports searching from local to remote, the whole API-key connection through the
// console (key on the remote, keystore, reload or restart, register, list) and a real cross-cluster search.

const baseUrl = inject('consoleUrl');
const browser = new ConsoleSessionClient(baseUrl);
const run = Date.now().toString(36);
const ALIAS = `pair_${run}`;
let localVersion = '';
let remoteVersion = '';
let keyId = '';

async function call<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (init.method && init.method !== 'GET') headers['kbn-xsrf'] = 'true';
  const response = await browser.fetch(path, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function signInToBoth(): Promise<void> {
  expect(await browser.signIn('elastic', SANDBOX_PASSWORD, 'local')).toBeNull();
  expect(
    (
      await call('/api/clusters/remote/session', {
        method: 'POST',
        body: { username: 'elastic', password: SANDBOX_PASSWORD },
      })
    ).status,
  ).toBe(200);
}

beforeAll(async () => {
  [localVersion, remoteVersion] = await Promise.all([sandboxVersion('local'), sandboxVersion('remote')]);
  console.log(`[pair] local ${localVersion}, remote ${remoteVersion}`);
  await signInToBoth();
});

afterAll(async () => {
  const keys = ['mode', 'seeds', 'skip_unavailable'].map((key) => [`cluster.remote.${ALIAS}.${key}`, null]);
  await adminClient('local')
    .cluster.putSettings({ persistent: Object.fromEntries(keys) })
    .catch(() => undefined);
  if (keyId) {
    removeRemoteCredentials(ALIAS);
    await adminClient('remote')
      .security.invalidateApiKey({ ids: [keyId] })
      .catch(() => undefined);
  }
}, 60_000);

describe('a local and a remote cluster, whatever their versions', () => {
  it("reads both versions and applies Elastic's rules to each side and to the pair", async () => {
    const { status, body } = await call<{ checks: ReadinessCheck[] }>('/api/clusters/local/readiness?remote=remote');
    expect(status).toBe(200);
    const byId = Object.fromEntries(body.checks.map((check) => [check.id, check]));
    // The API-key model: beta from 8.10 to 8.13 (a warning), generally available from 8.14.
    expect(byId.local_version?.state).toBe(meets(localVersion, 'api_key_model_ga') ? 'pass' : 'warn');
    expect(byId.remote_version?.state).toBe(meets(remoteVersion, 'api_key_model_ga') ? 'pass' : 'warn');
    const pair = `local ${localVersion} -> remote ${remoteVersion}`;
    if (searchSupported(localVersion, remoteVersion)) {
      expect(byId.versions_search).toMatchObject({ state: 'pass', explanation: `${pair}: supported. ${SEARCH_RULE}` });
    } else {
      expect(byId.versions_search).toMatchObject({
        state: 'fail',
        explanation: `${pair}: not supported (${searchRefusalReason(localVersion, remoteVersion)}). ${SEARCH_RULE}`,
      });
      expect(byId.versions_search?.fix).toBe(searchFix(localVersion, remoteVersion));
      expect(byId.versions_search?.fix).toMatch(/^Upgrade the (remote|local) cluster/);
    }
    expect(byId.versions_replication?.state).toBe(replicationSupported(localVersion, remoteVersion) ? 'pass' : 'warn');
    expect(Boolean(byId.local_credentials_reload)).toBe(!meets(localVersion, 'credentials_reload'));
  });

  it(
    'connects with the API-key model, lists the remote connected, ' +
      'and searches across, where Elastic supports the direction',
    async (context) => {
      if (!searchSupported(localVersion, remoteVersion))
        context.skip(
          `Elastic does not support search from ${localVersion} to ${remoteVersion}; readiness says so above`,
        );
      const created = await call<{ id: string; encoded: string }>('/api/clusters/remote/cross_cluster_api_keys', {
        method: 'POST',
        body: {
          name: `it-pair-${run}`,
          access: { search: [{ names: ['logs-*'] }] },
          expiration: '1d',
          password: SANDBOX_PASSWORD,
        },
      });
      expect(created.status).toBe(200);
      keyId = created.body.id;
      addCredentialsWithoutReload(ALIAS, created.body.encoded);
      const reloaded = await call<ReloadResult>('/api/clusters/local/_reload_secure_settings', { method: 'POST' });
      expect(reloaded).toMatchObject({ status: 200, body: { failedNodes: [] } });
      if (!meets(localVersion, 'credentials_reload')) {
        // Before 8.13 the reload does not pick up the key: the answer says so, and the administrator restarts.
        expect(reloaded.body.limits.map((limit) => limit.rule)).toContain('credentials_reload');
        restartLocalCluster();
        await signInToBoth();
      }
      const registered = await call('/api/clusters/local/remote_clusters', {
        method: 'POST',
        body: { name: ALIAS, mode: 'sniff', seeds: [`127.0.0.1:${REMOTE_SERVER_PORT}`], skipUnavailable: false },
      });
      expect(registered).toEqual({ status: 200, body: { acknowledged: true } });

      const { status, body } = await call<Diagnosis>(
        `/api/clusters/local/remote_clusters/${ALIAS}/diagnosis?index=logs-*`,
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'ok', isConnected: true, securityModel: 'api_key' });
      expect(body.findings.find((finding) => finding.id === 'test_search')?.evidence).toContain('hits.total: 10');
      expect(body.findings.find((finding) => finding.id === 'resolve')?.severity).toBe(
        meets(localVersion, 'resolve_cluster') ? 'ok' : 'info',
      );
      const list = await call<RemoteCluster[]>('/api/clusters/local/remote_clusters?refresh=true');
      expect(list.status).toBe(200);
      expect(list.body.find((remote) => remote.name === ALIAS)).toMatchObject({
        isConnected: true,
        securityModel: 'api_key',
        seeds: [`127.0.0.1:${REMOTE_SERVER_PORT}`],
      });
      // The same cross-cluster search straight against Elasticsearch agrees.
      const direct = await adminClient('local').search({ index: `${ALIAS}:logs-*`, size: 0, track_total_hits: true });
      expect(direct.hits.total).toMatchObject({ value: 10 });
    },
    300_000,
  ); // a restart of the local cluster included (before 8.13)

  it("names the version rule, on the field, where a cluster's version lacks a key or role feature", async () => {
    // A cross-cluster key's expiration can be changed from 8.13.
    const key = await call<{ id: string }>('/api/clusters/remote/cross_cluster_api_keys', {
      method: 'POST',
      body: { name: `it-pair-rules-${run}`, access: { search: [{ names: ['logs-*'] }] }, password: SANDBOX_PASSWORD },
    });
    expect(key.status).toBe(200);
    const update = await call<{ message: string; attributes?: { fields?: Record<string, string> } }>(
      `/api/clusters/remote/cross_cluster_api_keys/${key.body.id}`,
      {
        method: 'PUT',
        body: { expiration: '2d', metadata: { purpose: 'version rules' }, password: SANDBOX_PASSWORD },
      },
    );
    await adminClient('remote').security.invalidateApiKey({ ids: [key.body.id] });
    if (meets(remoteVersion, 'key_expiration_update')) {
      expect(update.status).toBe(200);
    } else {
      expect(update.status).toBe(400);
      expect(update.body.attributes?.fields?.expiration).toBe(
        `Changing a cross-cluster API key's expiration ` +
          `needs Elasticsearch 8.13 or later; this cluster ` +
          `runs ${remoteVersion}. Create a new key with the ` +
          `expiration you want and invalidate the old one.`,
      );
    }
    // Role descriptions and remote_cluster privileges from 8.15; nothing is written when refused.
    const role = `it-pair-role-${run}`;
    const saved = await call<{ attributes?: { fields?: Record<string, string> } }>(
      `/api/clusters/local/roles/${role}`,
      {
        method: 'PUT',
        body: {
          description: 'Searches the remote logs',
          remote_cluster: [{ clusters: [ALIAS], privileges: ['monitor_enrich'] }],
        },
      },
    );
    if (meets(localVersion, 'role_description')) {
      expect(saved.status).toBe(200);
      await adminClient('local').security.deleteRole({ name: role });
    } else {
      expect(saved.status).toBe(400);
      expect(saved.body.attributes?.fields?.description).toMatch(
        /^The description field of roles needs Elasticsearch 8\.15 or later; this cluster runs 8\./,
      );
      expect(saved.body.attributes?.fields?.remote_cluster).toMatch(
        /^The remote_cluster field of roles \(monitor_enrich\) needs Elasticsearch 8\.15/,
      );
      expect(
        (await adminClient('local')
          .security.getRole({ name: role })
          .catch(() => ({}))) as object,
      ).toEqual({});
    }
  });
});
