import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { SANDBOX_PASSWORD, adminClient, ensureUser } from '../support/sandbox';
import { ConsoleSessionClient } from '../support/session';

// Tools call the same routes as the browser with their own Authorization header; Elasticsearch applies their
// privileges. Browsers use the cookie, and their writes need kbn-xsrf.

const baseUrl = inject('consoleUrl');
const admin = adminClient('local');
const run = Date.now().toString(36);
const alias = (name: string) => `it_rest_${name}_${run}`;
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const MONITOR = { username: `it_rest_monitor_${run}`, password: 'monitor-password-1' };
const NO_CREDENTIALS = {
  statusCode: 401,
  error: 'Unauthorized',
  message: 'Sign in, or send an Authorization header (Basic, ApiKey or Bearer).',
};
let apiKeyId = '';
let apiKey = '';

async function call(path: string, headers: Record<string, string>, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as unknown,
  };
}

/** This run's remote settings on the local cluster, as its administrator reads them. */
async function settingsOfThisRun(): Promise<string[]> {
  const settings = await admin.cluster.getSettings({ flat_settings: true });
  return Object.keys({ ...settings.persistent, ...settings.transient }).filter((key) => key.includes(`_${run}`));
}

beforeAll(async () => {
  const key = await admin.security.createApiKey({ name: `it-rest-auth-${run}`, expiration: '1h' });
  ({ id: apiKeyId, encoded: apiKey } = key);
  await ensureUser(admin, MONITOR.username, MONITOR.password, ['monitor']);
});

afterAll(async () => {
  if (apiKeyId) await admin.security.invalidateApiKey({ ids: [apiKeyId] });
  const keys = await settingsOfThisRun();
  if (keys.length > 0)
    await admin.cluster.putSettings({ persistent: Object.fromEntries(keys.map((key) => [key, null])) });
  await admin.security.deleteUser({ username: MONITOR.username }).catch(() => undefined);
});

describe("REST for tools: the caller's own Authorization header", () => {
  it.each([
    ['an API key (ApiKey)', () => `ApiKey ${apiKey}`],
    ['a user and password (Basic)', () => basic('elastic', SANDBOX_PASSWORD)],
  ])('lists, creates and deletes remote clusters with %s, no cookie and no kbn-xsrf', async (scheme, authorization) => {
    const name = alias(scheme.startsWith('an API') ? 'apikey' : 'basic');
    const headers = { authorization: authorization() };
    const before = await call('/api/clusters/local/remote_clusters', headers);
    expect(before.status).toBe(200);
    expect((before.body as RemoteCluster[]).some((remote) => remote.name === name)).toBe(false);

    const created = await call('/api/clusters/local/remote_clusters', headers, {
      method: 'POST',
      body: { name, mode: 'sniff', seeds: ['127.0.0.1:1'] },
    });
    expect(created).toMatchObject({ status: 200, body: { acknowledged: true } });
    const listed = await call('/api/clusters/local/remote_clusters?refresh=true', headers);
    expect((listed.body as RemoteCluster[]).find((remote) => remote.name === name)).toMatchObject({
      mode: 'sniff',
      seeds: ['127.0.0.1:1'],
    });

    const removed = await call(`/api/clusters/local/remote_clusters/${name}`, headers, { method: 'DELETE' });
    expect(removed).toMatchObject({ status: 200, body: { itemsDeleted: [name], errors: [] } });
    expect((await settingsOfThisRun()).filter((key) => key.includes(name))).toEqual([]);
  });

  it('works with a token (Bearer) on the https remote cluster', async () => {
    const token = await adminClient('remote').security.getToken({
      grant_type: 'password',
      username: 'elastic',
      password: SANDBOX_PASSWORD,
    });
    const listed = await call('/api/clusters/remote/remote_clusters', {
      authorization: `Bearer ${token.access_token}`,
    });
    expect(listed.status).toBe(200);
    expect(Array.isArray(listed.body)).toBe(true);
    await adminClient('remote').security.invalidateToken({ token: token.access_token });
  });

  it('answers 401 in the one error format without credentials, for reads and writes alike', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const path =
        method === 'DELETE'
          ? `/api/clusters/local/remote_clusters/${alias('x')}`
          : '/api/clusters/local/remote_clusters';
      const answer = await call(
        path,
        {},
        { method, body: method === 'POST' ? { name: alias('x'), mode: 'sniff', seeds: ['127.0.0.1:1'] } : undefined },
      );
      expect(answer, method).toEqual({ status: 401, type: 'application/json', body: NO_CREDENTIALS });
    }
    expect(await settingsOfThisRun()).toEqual([]);
  });

  it('answers 401 for credentials Elasticsearch refuses, with its reason', async () => {
    const answer = await call('/api/clusters/local/remote_clusters', {
      authorization: basic('elastic', 'not-the-password'),
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({
      statusCode: 401,
      error: 'Unauthorized',
      message: expect.stringMatching(/unable to authenticate user \[elastic\]/),
    });
  });

  it("answers 403 with Elasticsearch's reason to a user without the manage privilege, and writes nothing", async () => {
    const headers = { authorization: basic(MONITOR.username, MONITOR.password) };
    expect((await call('/api/clusters/local/remote_clusters', headers)).status).toBe(200);
    const write = await call('/api/clusters/local/remote_clusters', headers, {
      method: 'POST',
      body: { name: alias('monitor'), mode: 'sniff', seeds: ['127.0.0.1:1'] },
    });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({
      statusCode: 403,
      error: 'Forbidden',
      message: expect.stringMatching(
        new RegExp(`action \\[cluster:admin/settings/update\\] is unauthorized for user \\[${MONITOR.username}\\]`),
      ),
      attributes: { elasticsearch: { type: 'security_exception' } },
    });
    expect(await settingsOfThisRun()).toEqual([]);
  });
});

describe('REST for browsers: the session cookie', () => {
  it('refuses cookie-session writes without kbn-xsrf with 400 saying so, and writes nothing', async () => {
    const session = new ConsoleSessionClient(baseUrl);
    expect(await session.signIn('elastic', SANDBOX_PASSWORD)).toBeNull();
    const before = await admin.cluster.getSettings({ flat_settings: true });
    const name = alias('xsrf');
    const attempts = [
      ['POST', '/api/clusters/local/remote_clusters', { name, mode: 'sniff', seeds: ['127.0.0.1:1'] }],
      ['PUT', `/api/clusters/local/remote_clusters/${name}`, { mode: 'sniff', seeds: ['127.0.0.1:1'] }],
      ['DELETE', `/api/clusters/local/remote_clusters/${name}`, undefined],
    ] as const;
    for (const [method, path, body] of attempts) {
      const response = await session.fetch(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      });
      expect(response.status, method).toBe(400);
      expect(await response.json()).toEqual({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Request must contain a kbn-xsrf header.',
      });
    }
    expect(await admin.cluster.getSettings({ flat_settings: true })).toEqual(before);
    // Reads need no header, and the same write with it goes through.
    expect((await session.fetch('/api/clusters/local/remote_clusters')).status).toBe(200);
    const accepted = await session.fetch(attempts[0][1], {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'kbn-xsrf': 'true' },
      body: JSON.stringify(attempts[0][2]),
    });
    expect(accepted.status).toBe(200);
  });
});
