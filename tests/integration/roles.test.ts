import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EffectiveAccess } from '@/lib/roles/effective-access';
import type { RoleView } from '@/lib/roles/model';
import { crossClusterSearchTemplate } from '@/lib/roles/templates';
import { INVALID_ROLE_BODIES } from '../fixtures/invalid-roles';
import {
  REMOTE_SERVER_PORT,
  SANDBOX_PASSWORD,
  adminClient,
  installRemoteCredentials,
  removeRemoteCredentials,
  sandboxCluster,
} from '../support/sandbox';

// The seed documentation's remote-search role, made through the console for a remote whose key allows logs-*
// only, and proved on the real clusters: what the effective-access view predicts is what Elasticsearch does.

const baseUrl = inject('consoleUrl');
const run = Date.now().toString(36);
const ALIAS = `it_roles_${run}`;
const ROLE = `it-remote-search-${run}`;
const USER = `it-searcher-${run}`;
const USER_PASSWORD = 'searcher-password';
const elastic = `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}`;
const local = adminClient('local');
let keyId = '';

async function api<T = Record<string, unknown>>(
  path: string,
  init: { method?: string; body?: unknown; authorization?: string } = {},
) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: init.authorization ?? elastic, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/**
 * A cross-cluster search made as the new user straight against the local cluster: documents found, or Elasticsearch's
 * refusal.
 */
async function searchAsUser(index: string): Promise<{ status: number; hits?: number; reason?: string }> {
  const response = await fetch(`${sandboxCluster('local').url}/${ALIAS}:${index}/_search?size=0`, {
    headers: { authorization: `Basic ${Buffer.from(`${USER}:${USER_PASSWORD}`).toString('base64')}` },
  });
  const body = (await response.json()) as { hits?: { total: { value: number } }; error?: { reason: string } };
  return { status: response.status, hits: body.hits?.total.value, reason: body.error?.reason };
}

beforeAll(async () => {
  keyId = await installRemoteCredentials(ALIAS, ['logs-*']);
  await local.cluster.putSettings({
    persistent: {
      [`cluster.remote.${ALIAS}.seeds`]: [`127.0.0.1:${REMOTE_SERVER_PORT}`],
      [`cluster.remote.${ALIAS}.skip_unavailable`]: false,
    },
  });
}, 60_000);

afterAll(async () => {
  await local.cluster.putSettings({
    persistent: { [`cluster.remote.${ALIAS}.seeds`]: null, [`cluster.remote.${ALIAS}.skip_unavailable`]: null },
  });
  removeRemoteCredentials(ALIAS);
  await adminClient('remote')
    .security.invalidateApiKey({ ids: [keyId] })
    .catch(() => undefined);
  await local.security.deleteUser({ username: USER }).catch(() => undefined);
  await local.security.deleteRole({ name: ROLE }).catch(() => undefined);
}, 60_000);

describe('roles with remote privileges against the sandbox', () => {
  it('refuses each invalid role body with a message on its field, writing nothing', async () => {
    expect(INVALID_ROLE_BODIES.length).toBeGreaterThanOrEqual(20);
    for (const { why, body, field } of INVALID_ROLE_BODIES) {
      const name = `it-invalid-${run}`;
      const { status, body: answer } = await api<{ attributes?: { fields?: Record<string, string> } }>(
        `/api/clusters/local/roles/${name}`,
        { method: 'PUT', body },
      );
      expect(status, why).toBe(400);
      expect(Object.keys(answer.attributes?.fields ?? {}), why).toContain(field);
      await expect(local.security.getRole({ name }), why).rejects.toMatchObject({ statusCode: 404 });
    }
  });

  it(
    'creates the remote-search role from the template, ' + 'lists it with its remote, and refuses the name twice',
    async () => {
      const created = await api<RoleView>('/api/clusters/local/roles', {
        method: 'POST',
        body: { name: ROLE, ...crossClusterSearchTemplate(ALIAS, ['logs-web', 'metrics-*']) },
      });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        name: ROLE,
        reserved: false,
        hasRemotePrivileges: true,
        remoteClusters: [ALIAS],
      });
      const again = await api('/api/clusters/local/roles', { method: 'POST', body: { name: ROLE, cluster: [] } });
      expect(again).toMatchObject({ status: 409, body: { message: 'There is already a role with that name.' } });
      const { body: roles } = await api<RoleView[]>('/api/clusters/local/roles');
      expect(roles.find((role) => role.name === ROLE)?.hasRemotePrivileges).toBe(true);
      expect(roles.find((role) => role.name === 'superuser')).toMatchObject({ reserved: true });
    },
  );

  it('refuses to change or delete a built-in role', async () => {
    const put = await api('/api/clusters/local/roles/superuser', { method: 'PUT', body: { cluster: ['monitor'] } });
    expect(put.status).toBe(400);
    expect(put.body.message).toContain('built-in role');
    const removal = await api<{ itemsDeleted: string[]; errors: { name: string }[] }>(
      '/api/clusters/local/roles/superuser',
      { method: 'DELETE' },
    );
    expect(removal.body).toMatchObject({ itemsDeleted: [], errors: [{ name: 'superuser' }] });
  });

  it('creates a user with the role, and refuses a short password naming the field', async () => {
    const short = await api<{ attributes: { fields: Record<string, string> } }>('/api/clusters/local/users', {
      method: 'POST',
      body: { username: USER, password: 'abc', roles: [ROLE] },
    });
    expect(short.status).toBe(400);
    expect(short.body.attributes.fields.password).toBe('must be at least 6 characters');
    const created = await api('/api/clusters/local/users', {
      method: 'POST',
      body: { username: USER, password: USER_PASSWORD, roles: [ROLE], fullName: 'Integration searcher' },
    });
    expect(created).toMatchObject({ status: 200, body: { username: USER, roles: [ROLE] } });
  });

  it(
    'predicts exactly what Elasticsearch then does for ' + 'the user: allowed, outside the role, outside the key',
    async () => {
      const { status, body } = await api<EffectiveAccess>(
        `/api/clusters/local/roles/${ROLE}/effective_access?remote=${ALIAS}&keyCluster=remote&keyId=${keyId}`,
      );
      expect(status).toBe(200);
      const predicted = Object.fromEntries(body.indices.map((verdict) => [verdict.index, verdict.outcome]));
      expect(predicted).toEqual({ 'logs-web': 'granted', 'logs-db': 'not_in_role', 'metrics-host': 'blocked_by_key' });
      expect(body.patterns.map((verdict) => [verdict.pattern, verdict.outcome])).toEqual([
        ['logs-web', 'granted'],
        ['metrics-*', 'not_granted'],
      ]);
      expect(body.warnings.join(' ')).toContain('asks for more than the key');

      const allowed = await searchAsUser('logs-web');
      expect(allowed).toMatchObject({ status: 200, hits: 5 });
      for (const index of ['logs-db', 'metrics-host']) {
        const denied = await searchAsUser(index);
        expect(denied.status, index).toBe(403);
        expect(denied.reason, index).toContain(`towards remote cluster is unauthorized for user [${USER}]`);
      }
    },
  );

  it('adds the role to an existing user and asks for the key of an API-key remote', async () => {
    const assigned = await api('/api/clusters/local/roles/' + ROLE + '/assignments', {
      method: 'POST',
      body: { username: USER },
    });
    expect(assigned).toMatchObject({ status: 200, body: { roles: [ROLE] } });
    const missing = await api<{ attributes: { fields: Record<string, string> } }>(
      `/api/clusters/local/roles/${ROLE}/effective_access?remote=${ALIAS}`,
    );
    expect(missing.status).toBe(400);
    expect(missing.body.attributes.fields.keyId).toMatch(/cross-cluster API key/);
  });

  it('warns that remote_indices do not apply to the certificate-model remote', async () => {
    const { status, body } = await api<EffectiveAccess>(
      `/api/clusters/local/roles/${ROLE}/effective_access?remote=node-defined`,
    );
    expect(status).toBe(200);
    expect(body.securityModel).toBe('certificate');
    expect(body.warnings.join(' ')).toContain('remote_indices do not apply');
  });
});
