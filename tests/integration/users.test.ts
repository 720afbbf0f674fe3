import { afterAll, describe, expect, inject, it } from 'vitest';
import type { UserView } from '@/lib/roles/users-schema';
import { SANDBOX_PASSWORD, adminClient, sandboxCluster } from '../support/sandbox';
import { ConsoleSessionClient } from '../support/session';

// The users routes against the real local cluster: what the console writes is what Elasticsearch then holds, the
// password survives a change of roles, built-in users are refused, and a refusal writes nothing.

const baseUrl = inject('consoleUrl');
const run = Date.now().toString(36);
const USER = `it-user-${run}`;
const OTHER = `it-user-other-${run}`;
const KEY_ROLE = `it-users-keys-${run}`;
const ADMIN = `it-user-admin-${run}`;
const PASSWORD = 'first-password';
const elastic = `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}`;
const local = adminClient('local');
const usersPath = '/api/clusters/local/users';
const userPath = (names: string) => `${usersPath}/${encodeURIComponent(names).replaceAll('%2C', ',')}`;

async function api<T = Record<string, unknown>>(path: string, init: { method?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: elastic, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** The status Elasticsearch answers to _authenticate with these credentials. */
async function authenticateStatus(authorization: string): Promise<number> {
  const response = await fetch(`${sandboxCluster('local').url}/_security/_authenticate`, {
    headers: { authorization },
  });
  return response.status;
}
const basic = (username: string, password: string) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function storedUser(username: string) {
  return ((await local.security.getUser({ username }).catch(() => ({}))) as Record<string, unknown>)[username] as
    { roles: string[]; enabled: boolean; full_name?: string | null; email?: string | null } | undefined;
}

afterAll(async () => {
  await local.security.invalidateApiKey({ name: `it-users-${run}` }).catch(() => undefined);
  for (const username of [USER, OTHER, ADMIN]) await local.security.deleteUser({ username }).catch(() => undefined);
  await local.security.deleteRole({ name: KEY_ROLE }).catch(() => undefined);
});

describe('native users through the console', () => {
  it('creates a user with its roles, and refuses the same name again', async () => {
    await local.security.putRole({ name: KEY_ROLE, cluster: ['manage_own_api_key'], refresh: 'wait_for' });
    const created = await api<UserView>(usersPath, {
      method: 'POST',
      body: { username: USER, password: PASSWORD, roles: [KEY_ROLE], fullName: 'It User' },
    });
    expect(created).toEqual({
      status: 200,
      body: { username: USER, fullName: 'It User', email: null, roles: [KEY_ROLE], enabled: true, reserved: false },
    });
    expect(await authenticateStatus(basic(USER, PASSWORD))).toBe(200);

    const again = await api(usersPath, {
      method: 'POST',
      body: { username: USER, password: 'another-password', roles: ['viewer'] },
    });
    expect(again.status).toBe(409);
    expect(await authenticateStatus(basic(USER, PASSWORD))).toBe(200);
  });

  it('lists the new user beside the built-in ones, marked', async () => {
    const { status, body } = await api<UserView[]>(usersPath);
    expect(status).toBe(200);
    expect(body.find((user) => user.username === USER)).toMatchObject({ reserved: false, roles: [KEY_ROLE] });
    expect(body.find((user) => user.username === 'elastic')).toMatchObject({ reserved: true });
  });

  it("replaces the user's roles and names and disables it, keeping its password", async () => {
    const changed = await api<UserView>(userPath(USER), {
      method: 'PUT',
      body: { roles: [KEY_ROLE, 'viewer'], email: 'it@example.com', fullName: null, enabled: false },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ roles: [KEY_ROLE, 'viewer'], email: 'it@example.com', fullName: null });
    expect(await storedUser(USER)).toMatchObject({
      roles: [KEY_ROLE, 'viewer'],
      enabled: false,
      email: 'it@example.com',
    });
    expect(await authenticateStatus(basic(USER, PASSWORD))).toBe(401);

    // Fields left out are kept.
    const enabled = await api<UserView>(userPath(USER), { method: 'PUT', body: { roles: [KEY_ROLE], enabled: true } });
    expect(enabled.body).toMatchObject({ roles: [KEY_ROLE], email: 'it@example.com', enabled: true });
    expect(await authenticateStatus(basic(USER, PASSWORD))).toBe(200);
  });

  it('refuses a body without roles, naming the field, and writes nothing', async () => {
    const refused = await api<{ attributes?: { fields?: Record<string, string> } }>(userPath(USER), {
      method: 'PUT',
      body: { roles: [], enabled: false },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.attributes?.fields).toEqual({ roles: 'must give the user at least one role' });
    expect(await storedUser(USER)).toMatchObject({ roles: [KEY_ROLE], enabled: true });
  });

  it('refuses to change or delete a built-in user, and says so', async () => {
    const before = await storedUser('kibana_system');
    const changed = await api<{ message: string }>(userPath('kibana_system'), {
      method: 'PUT',
      body: { roles: ['superuser'] },
    });
    expect(changed).toEqual({
      status: 400,
      body: expect.objectContaining({ message: '"kibana_system" is a built-in user: it cannot be changed here.' }),
    });
    const deleted = await api(userPath('kibana_system'), { method: 'DELETE' });
    expect(deleted).toEqual({
      status: 200,
      body: {
        itemsDeleted: [],
        errors: [
          {
            name: 'kibana_system',
            error: expect.objectContaining({
              status: 400,
              payload: { message: '"kibana_system" is a built-in user: it cannot be deleted.' },
            }),
          },
        ],
      },
    });
    expect(await storedUser('kibana_system')).toEqual(before);
  });

  it('answers 404 for a change to a user that does not exist', async () => {
    const missing = await api<{ message: string }>(userPath(`it-nobody-${run}`), {
      method: 'PUT',
      body: { roles: ['viewer'] },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.message).toBe('There is no native user with that name.');
  });

  it("deletes users in one request, naming the one that was not there; the user's API keys keep working", async () => {
    const key = await fetch(`${sandboxCluster('local').url}/_security/api_key`, {
      method: 'POST',
      headers: { authorization: basic(USER, PASSWORD), 'content-type': 'application/json' },
      body: JSON.stringify({ name: `it-users-${run}`, expiration: '1h' }),
    }).then((response) => response.json() as Promise<{ encoded: string }>);
    await local.security.putUser({ username: OTHER, password: PASSWORD, roles: ['viewer'], refresh: 'wait_for' });

    const missing = `it-nobody-${run}`;
    const { status, body } = await api<{ itemsDeleted: string[]; errors: { name: string }[] }>(
      userPath(`${USER},${OTHER},${missing}`),
      { method: 'DELETE' },
    );
    expect(status).toBe(200);
    expect(body.itemsDeleted.sort()).toEqual([USER, OTHER].sort());
    expect(body.errors.map((error) => error.name)).toEqual([missing]);
    expect(await storedUser(USER)).toBeUndefined();
    expect(await authenticateStatus(basic(USER, PASSWORD))).toBe(401);
    // What the deletion dialog tells the administrator: a deleted user's API keys are not invalidated with it.
    expect(await authenticateStatus(`ApiKey ${key.encoded}`)).toBe(200);
  });

  it('refuses to delete or disable the user a browser session is signed in as', async () => {
    await local.security.putUser({ username: ADMIN, password: PASSWORD, roles: ['superuser'], refresh: 'wait_for' });
    const session = new ConsoleSessionClient(baseUrl);
    expect(await session.signIn(ADMIN, PASSWORD)).toBeNull();
    const write = (method: string, body?: unknown) =>
      session.fetch(userPath(ADMIN), {
        method,
        headers: { 'kbn-xsrf': 'it', 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const disabled = await write('PUT', { roles: ['superuser'], enabled: false });
    expect(disabled.status).toBe(400);
    expect(((await disabled.json()) as { message: string }).message).toContain('You are signed in as this user');
    const deleted = (await (await write('DELETE')).json()) as { itemsDeleted: string[]; errors: { name: string }[] };
    expect(deleted).toMatchObject({ itemsDeleted: [], errors: [{ name: ADMIN }] });
    expect(await storedUser(ADMIN)).toMatchObject({ enabled: true });
    await session.signOut();
  });
});
