import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { SANDBOX_PASSWORD, adminClient, ensureUser } from '../support/sandbox';
import { ConsoleSessionClient } from '../support/session';

// The console probed as an attacker and a careless client would (issue 14): return addresses after sign-in,
// credentials Elasticsearch refuses, bodies of the wrong type or with hidden characters, malformed paths, names
// that are JavaScript object properties, and a shared list read made by a caller of lesser privileges.

const baseUrl = inject('consoleUrl');
const admin = adminClient('local');
const run = Date.now().toString(36);
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const ADMIN = { authorization: basic('elastic', SANDBOX_PASSWORD) };
const WRONG_PASSWORD = { authorization: basic('elastic', 'not-the-password') };
const READER = { username: `it_trust_reader_${run}`, password: 'reader-password-1' };
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'x-frame-options'];

async function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: init.headers,
    body: init.body,
    redirect: 'manual',
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // left as text: the assertions say what was expected
  }
  return { status: response.status, headers: response.headers, body };
}

const json = (body: unknown) => ({
  headers: { ...ADMIN, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function remoteSettings(): Promise<string> {
  const settings = await admin.cluster.getSettings({ flat_settings: true });
  return JSON.stringify({ ...settings.persistent, ...settings.transient });
}

beforeAll(async () => {
  await ensureUser(admin, READER.username, READER.password, ['monitor']);
});

afterAll(async () => {
  await admin.security.deleteUser({ username: READER.username }).catch(() => undefined);
});

describe('the return address after sign-in', () => {
  const hostile = ['/\t/127.0.0.1:3999/x', '/\n/x', '\\\\evil.example', '/\\evil.example', 'https://evil.example/x'];

  it('is a path on the console for any callbackUrl, on the sign-in page of a signed-in person', async () => {
    const session = new ConsoleSessionClient(baseUrl);
    expect(await session.signIn('elastic', SANDBOX_PASSWORD)).toBeNull();
    for (const callbackUrl of [...hostile, '/roles?x=1']) {
      const answer = await session.fetch(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      expect(answer.status, callbackUrl).toBe(307);
      const location = answer.headers.get('location') ?? '';
      expect(new URL(location, baseUrl).origin, callbackUrl).toBe(baseUrl);
      expect(location, callbackUrl).toBe(callbackUrl === '/roles?x=1' ? '/roles?x=1' : '/remote-clusters');
    }
  });

  it('is on the console for any callbackUrl sent with the credentials, and every key made is handed over', async () => {
    for (const callbackUrl of hostile) {
      const session = new ConsoleSessionClient(baseUrl);
      const { csrfToken } = (await (await session.fetch('/api/auth/csrf')).json()) as { csrfToken: string };
      const answer = await session.fetch('/api/auth/callback/elasticsearch', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          csrfToken,
          clusterId: 'local',
          username: READER.username,
          password: READER.password,
          callbackUrl,
          json: 'true',
        }),
      });
      expect(answer.status, callbackUrl).toBe(200);
      const { url } = (await answer.json()) as { url: string };
      expect(new URL(url).origin, callbackUrl).toBe(baseUrl);
      expect(session.cookie('rcc.session'), callbackUrl).toBeDefined();
      await session.signOut();
    }
    // Every session was handed over and ended: no key of the reader is left live.
    const { api_keys } = await admin.security.getApiKey({ username: READER.username, active_only: true });
    expect(api_keys.filter((key) => key.name.startsWith('remote-clusters-console-session'))).toEqual([]);
  });
});

describe('credentials Elasticsearch refuses', () => {
  it.each([
    ['a wrong password', WRONG_PASSWORD],
    ['a garbage Authorization header', { authorization: 'Basic !!!' }],
    ['an unknown API key', { authorization: `ApiKey ${Buffer.from('nope:nope').toString('base64')}` }],
  ])('get 401 up front with %s, on reads and on bulk deletes', async (_case, headers) => {
    const paths: Array<[string, string]> = [
      ['GET', '/api/clusters'],
      ['GET', '/api/clusters/local/readiness?remote=remote'],
      ['DELETE', `/api/clusters/local/roles/it_trust_a_${run},it_trust_b_${run}`],
      ['DELETE', '/api/clusters/remote/cross_cluster_api_keys/abc,def'],
      ['DELETE', `/api/remote_clusters/it_trust_${run}`],
    ];
    for (const [method, path] of paths) {
      const answer = await call(path, { method, headers });
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(answer.body, `${method} ${path}`).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
  });
});

describe('bodies, paths and names', () => {
  const remote = { name: `it_trust_${run}`, mode: 'sniff', seeds: ['127.0.0.1:1'] };

  it('refuses a body that is not sent as JSON with 415, and writes nothing', async () => {
    const before = await remoteSettings();
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const headers: Record<string, string> = { ...ADMIN, ...(contentType ? { 'content-type': contentType } : {}) };
      const answer = await call('/api/remote_clusters', { method: 'POST', headers, body: JSON.stringify(remote) });
      expect(answer.status, String(contentType)).toBe(415);
      expect(answer.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    }
    expect(await remoteSettings()).toBe(before);
  });

  it('answers a malformed percent-encoding in any path segment with a JSON 400 and the security headers', async () => {
    const paths: Array<[string, string]> = [
      ['GET', '/api/remote_clusters/%zz'],
      ['DELETE', '/api/remote_clusters/%zz'],
      ['DELETE', '/api/clusters/local/roles/a%'],
      ['PUT', '/api/clusters/local/roles/%C0%AF'],
      ['GET', '/api/clusters/%E0%A4%A/roles'],
    ];
    for (const [method, path] of paths) {
      const answer = await call(path, { method, headers: ADMIN });
      expect(answer.status, `${method} ${path}`).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      for (const header of SECURITY_HEADERS) expect(answer.headers.get(header), header).toBeTruthy();
      expect(answer.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    }
  });

  it('names a body key that is an object property, and never prints a function', async () => {
    const top = await call('/api/clusters/local/roles', {
      method: 'POST',
      ...json({ name: `r${run}`, constructor: 1 }),
    });
    const nested = await call('/api/clusters/remote/cross_cluster_api_keys', {
      method: 'POST',
      ...json({ name: `k${run}`, access: { constructor: { names: ['x'] } } }),
    });
    expect(top).toMatchObject({ status: 400, body: { attributes: { fields: { constructor: expect.any(String) } } } });
    expect(nested).toMatchObject({
      status: 400,
      body: { attributes: { fields: { 'access.constructor': expect.any(String) } } },
    });
    expect(JSON.stringify([top.body, nested.body])).not.toMatch(/function|native code/);
  });

  it('refuses hidden and text-reversing characters in the names it creates, saying which one', async () => {
    const cases: Array<[string, unknown, string, string]> = [
      [
        '/api/clusters/remote/cross_cluster_api_keys',
        { name: `probe_\u202Eevil${run}`, access: { search: [{ names: ['a'] }] } },
        'name',
        'U+202E',
      ],
      [
        '/api/clusters/local/roles',
        { name: `it_trust_role_${run}`, description: 'line one\r\nline two' },
        'description',
        'U+000D',
      ],
      [
        '/api/clusters/local/users',
        { username: `it_trust_user_${run}`, password: 'password-1', roles: ['monitor'], fullName: 'A\u2067B' },
        'fullName',
        'U+2067',
      ],
    ];
    for (const [path, body, field, character] of cases) {
      const answer = await call(path, { method: 'POST', ...json(body) });
      expect(answer.status, path).toBe(400);
      const fields = (answer.body as { attributes: { fields: Record<string, string> } }).attributes.fields;
      expect(fields[field], path).toContain(character);
    }
    const { api_keys } = await adminClient('remote').security.getApiKey({ name: `probe_*${run}` });
    expect(api_keys).toEqual([]);
    await expect(admin.security.getRole({ name: `it_trust_role_${run}` })).rejects.toMatchObject({ statusCode: 404 });
  });

  it('treats remotes called constructor and __proto__ like any missing remote', async () => {
    const put = await call('/api/remote_clusters/constructor', {
      method: 'PUT',
      ...json({ mode: 'sniff', seeds: ['127.0.0.1:1'], settingsVersion: 'abc' }),
    });
    expect(put.status).toBe(404);
    const removal = await call('/api/remote_clusters/__proto__', { method: 'DELETE', headers: ADMIN });
    expect(removal.body).toMatchObject({ itemsDeleted: [] });
  });
});

describe('the shared list read', () => {
  it("shows neither caller the other's outcome or name when their remote privileges differ", async () => {
    const reader = { authorization: basic(READER.username, READER.password) };
    const list = async (headers: Record<string, string>, query = '') =>
      (await call(`/api/remote_clusters${query}`, { headers })).body as RemoteCluster[];
    const connected = (remotes: RemoteCluster[]) => Object.fromEntries(remotes.map((r) => [r.name, r.isConnected]));

    const adminOwn = await list(ADMIN, '?refresh=true');
    const readerOwn = await list(reader, '?refresh=true');
    // Within the interval the administrator may get the read the reader just made: it must say the same.
    const adminAfterReader = await list(ADMIN);
    expect(connected(adminAfterReader)).toEqual(connected(adminOwn));
    expect(JSON.stringify(adminAfterReader)).not.toContain(READER.username);
    expect(JSON.stringify(readerOwn)).not.toContain('[elastic]');
    for (const remote of readerOwn) expect(remote.notConnectedReason ?? '').not.toMatch(/unauthorized for user/);

    await list(ADMIN, '?refresh=true');
    const readerAfterAdmin = await list(reader);
    expect(connected(readerAfterAdmin)).toEqual(connected(adminOwn));
    expect(JSON.stringify(readerAfterAdmin)).not.toContain('[elastic]');
  });
});
