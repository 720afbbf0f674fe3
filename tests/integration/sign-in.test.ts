import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminClient, ensureUser } from '../support/sandbox';
import { ConsoleSessionClient } from '../support/session';

const VIEWER = { username: 'rcc-test-viewer', password: 'viewer-password-1' };
const NO_KEYS = { username: 'rcc-test-nokeys', password: 'nokeys-password-1' };
const SESSION_SECONDS = 8 * 3600;

async function sessionKeysOf(username: string) {
  const { api_keys } = await adminClient().security.getApiKey({ username, active_only: false });
  return api_keys.filter((key) => key.name === `remote-clusters-console-session:${username}`);
}

describe('sign-in against the real local cluster', () => {
  const baseUrl = inject('consoleUrl');

  beforeAll(async () => {
    const admin = adminClient();
    await ensureUser(admin, VIEWER.username, VIEWER.password, ['monitor', 'manage_own_api_key']);
    await ensureUser(admin, NO_KEYS.username, NO_KEYS.password, ['monitor']);
  });

  it('refuses a wrong password and an unknown user with the same code, and sets no session', async () => {
    for (const [username, password] of [
      [VIEWER.username, 'wrong'],
      ['nobody-here', 'whatever'],
    ] as const) {
      const client = new ConsoleSessionClient(baseUrl);
      expect(await client.signIn(username, password)).toBe('CredentialsSignin');
      expect(client.cookie('rcc.session')).toBeUndefined();
      expect((await client.session()).console).toBeUndefined();
    }
  });

  it('trades the password for a session API key that expires with the session, and shows no credential', async () => {
    const client = new ConsoleSessionClient(baseUrl);
    const before = Date.now();
    expect(await client.signIn(VIEWER.username, VIEWER.password)).toBeNull();

    const session = await client.session();
    expect(session.console).toMatchObject({
      username: VIEWER.username,
      authMethod: 'api_key',
      clusterVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    const newest = (await sessionKeysOf(VIEWER.username)).sort((a, b) => b.creation - a.creation)[0];
    expect(newest?.invalidated).toBe(false);
    expect(newest?.expiration).toBeGreaterThanOrEqual(before + SESSION_SECONDS * 1000 - 5_000);
    expect(newest?.expiration).toBeLessThanOrEqual(Date.now() + SESSION_SECONDS * 1000 + 5_000);

    const json = JSON.stringify(session);
    expect(json).not.toContain(VIEWER.password);
    expect(json).not.toContain(newest?.id ?? 'no key id');
    expect(json.toLowerCase()).not.toMatch(/encoded|apikey|password"|credentials/);

    // The session cookie is an encrypted JWT (JWE), so even its holder cannot read the key out of it.
    const cookie = client.cookie('rcc.session') ?? '';
    expect(cookie.split('.')).toHaveLength(5);
    expect(Buffer.from(cookie.split('.')[0] ?? '', 'base64url').toString()).toContain('"enc":"A256GCM"');
  });

  it('renders the shell for a signed-in person, with no credential in the page', async () => {
    const client = new ConsoleSessionClient(baseUrl);
    await client.signIn(VIEWER.username, VIEWER.password);
    const page = await client.fetch('/remote-clusters');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('consoleClusterBadge');
    expect(html).toContain(VIEWER.username);
    expect(html).not.toContain(VIEWER.password);
    const key = (await sessionKeysOf(VIEWER.username)).find((candidate) => !candidate.invalidated);
    expect(html).not.toContain(key?.id ?? 'no key');
  });

  it(
    'falls back to a password session for someone who may ' + 'not create API keys, still hidden from the browser',
    async () => {
      const client = new ConsoleSessionClient(baseUrl);
      expect(await client.signIn(NO_KEYS.username, NO_KEYS.password)).toBeNull();
      const session = await client.session();
      expect(session.console).toMatchObject({ username: NO_KEYS.username, authMethod: 'password' });
      expect(JSON.stringify(session)).not.toContain(NO_KEYS.password);
      expect(await sessionKeysOf(NO_KEYS.username)).toEqual([]);
      expect((await client.fetch('/remote-clusters')).status).toBe(200);
    },
  );

  it('invalidates the session API key and clears the cookie at sign-out', async () => {
    const client = new ConsoleSessionClient(baseUrl);
    await client.signIn(VIEWER.username, VIEWER.password);
    const activeBefore = (await sessionKeysOf(VIEWER.username)).filter((key) => !key.invalidated).map((key) => key.id);

    await client.signOut();
    expect(client.cookie('rcc.session')).toBeUndefined();
    const after = await sessionKeysOf(VIEWER.username);
    const stillActive = after.filter((key) => !key.invalidated).map((key) => key.id);
    expect(activeBefore.length - stillActive.length).toBe(1);
    const redirect = await client.fetch('/remote-clusters');
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('location')).toContain('/sign-in');
  });

  it('sends people without a session, or with a forged cookie, to the sign-in page', async () => {
    const anonymous = new ConsoleSessionClient(baseUrl);
    for (const path of ['/remote-clusters', '/roles', '/api-keys']) {
      const response = await anonymous.fetch(path);
      expect(response.status, path).toBe(307);
      expect(response.headers.get('location')).toContain('/sign-in');
    }
    const forged = new ConsoleSessionClient(baseUrl);
    forged.setCookie('rcc.session', 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.BBBB.CCCC');
    expect((await forged.fetch('/remote-clusters')).status).toBe(307);
  });

  it('carries the page as the return address, and only the page: a client-sent page header is replaced', async () => {
    const anonymous = new ConsoleSessionClient(baseUrl);
    const response = await anonymous.fetch('/roles/some_role?tab=access', {
      headers: { 'x-rcc-page-path': '//evil.example.com/' },
    });
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location') ?? '', baseUrl);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('callbackUrl')).toBe('/roles/some_role?tab=access');
  });
});
