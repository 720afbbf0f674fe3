import { describe, expect, it } from 'vitest';
import { isGrantExpired, isSessionGrant, toConsoleSession, type SessionGrant } from './session-token';

function grant(credentials: SessionGrant['credentials'], expiresAt = '2030-01-01T00:00:00.000Z'): SessionGrant {
  return {
    credentials,
    session: {
      username: 'ana',
      fullName: 'Ana Admin',
      roles: ['remote-admin'],
      clusterId: 'local',
      clusterDisplayName: 'Local',
      clusterName: 'prod-eu',
      clusterVersion: '9.5.4',
      authMethod: credentials.kind === 'api_key' ? 'api_key' : 'password',
      expiresAt,
    },
  };
}

const apiKeyGrant = grant({ kind: 'api_key', id: 'key-id-1', encoded: 'ZW5jb2RlZC1zZWNyZXQ=' });
const passwordGrant = grant({ kind: 'basic', username: 'ana', password: 'hunter2-secret' });

describe('toConsoleSession (what the browser may see)', () => {
  it.each([
    ['an API-key session', apiKeyGrant, ['ZW5jb2RlZC1zZWNyZXQ=', 'key-id-1']],
    ['a password session', passwordGrant, ['hunter2-secret']],
  ])('keeps identity and cluster but no credential of %s', (_case, input, secrets) => {
    const session = toConsoleSession(input);
    const json = JSON.stringify(session);
    for (const secret of secrets) expect(json).not.toContain(secret);
    expect(session).toMatchObject({ username: 'ana', roles: ['remote-admin'], clusterVersion: '9.5.4' });
    expect(Object.keys(session)).not.toContain('credentials');
  });

  it('does not carry fields added to the grant later', () => {
    const widened = { ...apiKeyGrant, session: { ...apiKeyGrant.session, password: 'leak' } } as SessionGrant;
    expect(JSON.stringify(toConsoleSession(widened))).not.toContain('leak');
  });

  it('tells the sign-in method', () => {
    expect(toConsoleSession(apiKeyGrant).authMethod).toBe('api_key');
    expect(toConsoleSession(passwordGrant).authMethod).toBe('password');
  });
});

describe('isGrantExpired', () => {
  const at = (iso: string) => new Date(iso);
  it('is false before and true from the expiry time on', () => {
    const expiring = grant({ kind: 'api_key', id: 'i', encoded: 'e' }, '2026-01-01T10:00:00.000Z');
    expect(isGrantExpired(expiring, at('2026-01-01T09:59:59.000Z'))).toBe(false);
    expect(isGrantExpired(expiring, at('2026-01-01T10:00:00.000Z'))).toBe(true);
  });
});

describe('isSessionGrant', () => {
  it.each([
    ['a grant', apiKeyGrant, true],
    ['null', null, false],
    ['a string', 'grant', false],
    ['a grant without credentials', { session: apiKeyGrant.session }, false],
    ['a grant with an unknown credential kind', { ...apiKeyGrant, credentials: { kind: 'header', value: 'x' } }, false],
  ])('recognises %s', (_case, value, expected) => {
    expect(isSessionGrant(value)).toBe(expected);
  });
});
