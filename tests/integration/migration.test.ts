import { afterAll, describe, expect, inject, it } from 'vitest';
import type { ActionAnswer, MigrationOverview } from '@/lib/migration/answers';
import {
  LEGACY_ALIAS,
  LEGACY_PASSWORD,
  LEGACY_SERVER_PORT,
  LEGACY_USER,
  SANDBOX_PASSWORD,
  addCredentialsWithoutReload,
  adminClient,
  legacyEnabled,
  removeRemoteCredentials,
  sandboxCluster,
} from '../support/sandbox';

// The in-place migration of the sandbox's certificate-model remote "legacy" to the API-key model, through the
// console's REST API only (the sandbox helper stands in for the keystore commands), then its rollback. The
// sandbox is left as found: the e2e test migrates it again in the browser.

const baseUrl = inject('consoleUrl');
const elastic = `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}`;
const MIGRATION = `/api/clusters/local/remote_clusters/${LEGACY_ALIAS}/migration`;
const run = Date.now().toString(36);
let keyId = '';

async function api<T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: elastic, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Shows the step's requests first (nothing sent), then runs it; both answers must agree on the requests. */
async function step(action: string, body?: unknown): Promise<ActionAnswer> {
  const planned = await api<ActionAnswer>(`${MIGRATION}/${action}?dryRun=true`, { method: 'POST', body });
  expect(planned.status, `${action} (plan)`).toBe(200);
  const done = await api<ActionAnswer>(`${MIGRATION}/${action}`, { method: 'POST', body });
  expect(done.status, `${action}: ${JSON.stringify(done.body)}`).toBe(200);
  expect(done.body.requests, action).toEqual(planned.body.requests);
  expect(done.body.ok, `${action}: ${done.body.summary}`).toBe(true);
  return done.body;
}

async function legacyUserSearch(): Promise<number | string> {
  const response = await fetch(`${sandboxCluster('local').url}/${LEGACY_ALIAS}:legacy-logs/_search?size=0`, {
    headers: { authorization: `Basic ${Buffer.from(`${LEGACY_USER}:${LEGACY_PASSWORD}`).toString('base64')}` },
  });
  const body = (await response.json()) as { hits?: { total: { value: number } }; error?: { reason: string } };
  return body.hits?.total.value ?? `${response.status}: ${body.error?.reason}`;
}

async function credentialsOf(alias: string): Promise<unknown> {
  return ((await adminClient('local').cluster.remoteInfo()) as Record<string, { cluster_credentials?: string }>)[alias]
    ?.cluster_credentials;
}

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  let last = await read();
  for (let attempt = 0; attempt < 20 && !accept(last); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    last = await read();
  }
  return last;
}

afterAll(async () => {
  if (!legacyEnabled()) return;
  if (keyId)
    await adminClient('legacy')
      .security.invalidateApiKey({ ids: [keyId] })
      .catch(() => undefined);
  await api(MIGRATION, { method: 'DELETE' });
}, 60_000);

describe.runIf(legacyEnabled())(
  'migrating the legacy remote from the certificate model to the API-key model, and back',
  () => {
    it('starts from a certificate-model connection that the role of the same name serves', async () => {
      expect(await credentialsOf(LEGACY_ALIAS)).toBeUndefined();
      expect(await legacyUserSearch()).toBe(5);
    });

    it(
      'takes stock: the features this distribution lacks, ' + 'and remote_indices suggested from the remote role',
      async () => {
        const { status, body } = await api<MigrationOverview>(`${MIGRATION}?remoteCluster=legacy`);
        expect(status).toBe(200);
        expect(body).toMatchObject({
          alias: LEGACY_ALIAS,
          state: null,
          next: 'snapshot',
          remote: { securityModel: 'certificate' },
        });
        expect(body.inventory.unavailable.map((feature) => feature.kind).sort()).toEqual([
          'auto_follow_pattern',
          'datafeed',
          'follower_index',
          'transform',
        ]);
        expect(
          body.inventory.unavailable.every((feature) => feature.reason === 'this cluster does not have the feature'),
        ).toBe(true);
        expect(body.suggestions.available).toBe(true);
        const reader = body.suggestions.available
          ? body.suggestions.roles.find((role) => role.name === 'legacy-reader')
          : undefined;
        expect(reader?.remoteIndices[0]).toMatchObject({ clusters: [LEGACY_ALIAS], names: ['legacy-*'] });
      },
    );

    it(
      'migrates in place: snapshot, pause, roles, remove, key ' +
        'and keystore, re-add on the server port, verify, resume',
      async () => {
        await step('snapshot');
        await step('pause_tasks');
        const overview = (await api<MigrationOverview>(`${MIGRATION}?remoteCluster=legacy`)).body;
        const roles = overview.suggestions.available
          ? overview.suggestions.roles.map((role) => ({ name: role.name, remote_indices: role.remoteIndices }))
          : [];
        await step('update_roles', { roles });
        await step('remove_remote');
        const key = await api<{ id: string; encoded: string }>('/api/clusters/legacy/cross_cluster_api_keys', {
          method: 'POST',
          body: { name: `it-migration-${run}`, access: { search: [{ names: ['legacy-*'] }] } },
        });
        expect(key.status).toBe(200);
        keyId = key.body.id;
        addCredentialsWithoutReload(LEGACY_ALIAS, key.body.encoded);
        await step('credentials');
        await step('add_remote', { mode: 'sniff', address: `127.0.0.1:${LEGACY_SERVER_PORT}` });
        const verified = await step('verify', { testIndex: 'legacy-logs' });
        expect(verified.diagnosis).toMatchObject({ status: 'ok', securityModel: 'api_key' });
        const done = await step('resume_tasks');
        expect(done.state?.status).toBe('completed');
      },
    );

    it("serves the same search after the migration, now through the key and the role's remote_indices", async () => {
      expect(await credentialsOf(LEGACY_ALIAS)).toBe('::es_redacted::');
      expect(await legacyUserSearch()).toBe(5);
      const role = (await adminClient('local').security.getRole({ name: 'legacy-reader' }))['legacy-reader'];
      expect(role?.remote_indices?.[0]).toMatchObject({ clusters: [LEGACY_ALIAS], names: ['legacy-*'] });
    });

    it(
      'rolls back: saved settings and roles restored, key ' + 'out of the keystore, certificate connection back',
      async () => {
        const rolledBack = await step('rollback');
        expect(rolledBack.state?.status).toBe('rolled_back');
        removeRemoteCredentials(LEGACY_ALIAS);
        const verified = await step('rollback_verify');
        expect(verified.diagnosis).toMatchObject({ isConnected: true, securityModel: 'certificate' });
        expect(await credentialsOf(LEGACY_ALIAS)).toBeUndefined();
        expect(await eventually(legacyUserSearch, (hits) => hits === 5)).toBe(5);
        const role = (await adminClient('local').security.getRole({ name: 'legacy-reader' }))['legacy-reader'];
        expect(role?.remote_indices ?? []).toEqual([]);
      },
    );

    it(
      'refuses steps out of order, forward steps of a rolled-back ' +
        'migration, and a migration of an elasticsearch.yml remote',
      async () => {
        const after = await api(`${MIGRATION}/remove_remote`, { method: 'POST' });
        expect(after.status).toBe(409);
        expect(after.body.message).toContain('rolled back: start a new one');
        const early = await api(`/api/clusters/local/remote_clusters/node-defined/migration/remove_remote`, {
          method: 'POST',
        });
        expect(early.status).toBe(409);
        expect(early.body.message).toContain('Save the current settings first');
        const yml = await api(`/api/clusters/local/remote_clusters/node-defined/migration/snapshot`, {
          method: 'POST',
        });
        expect(yml.status).toBe(400);
        expect(yml.body.message).toContain('elasticsearch.yml');
      },
    );
  },
);
