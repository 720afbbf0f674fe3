import { describe, expect, it } from 'vitest';
import { authorizationHeader } from './credentials';

describe('authorizationHeader', () => {
  it.each([
    [{ kind: 'api_key' as const, id: 'i', encoded: 'abc==' }, 'ApiKey abc=='],
    [
      { kind: 'basic' as const, username: 'ana', password: 'p:ss' },
      `Basic ${Buffer.from('ana:p:ss').toString('base64')}`,
    ],
    [{ kind: 'header' as const, value: 'Bearer t0k3n' }, 'Bearer t0k3n'],
  ])('builds the header for %j', (credentials, expected) => {
    expect(authorizationHeader(credentials)).toBe(expected);
  });
});
