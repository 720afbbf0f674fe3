import { beforeEach, describe, expect, it, vi } from 'vitest';

const config = vi.hoisted(() => ({ publicUrl: 'http://127.0.0.1:3000', embedAllowedOrigins: [] as string[] }));
vi.mock('@/lib/server/config', () => ({ getConfig: () => config }));

const { authCookies, sessionCookie } = await import('./session-cookie');

describe("the console's cookies", () => {
  beforeEach(() => {
    config.publicUrl = 'http://127.0.0.1:3000';
    config.embedAllowedOrigins = [];
  });

  it('are SameSite=Lax over http, even with embedding origins (None would need Secure)', () => {
    config.embedAllowedOrigins = ['http://127.0.0.1:3102'];
    expect(sessionCookie()).toEqual({
      name: 'rcc.session',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false },
    });
  });

  it('are SameSite=Lax and Secure over https without embedding origins', () => {
    config.publicUrl = 'https://console.example.com';
    expect(sessionCookie()).toEqual({
      name: '__Secure-rcc.session',
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
    });
  });

  it(
    'are SameSite=None, Secure and Partitioned over https when ' +
      "a portal may embed the console, next-auth's included",
    () => {
      config.publicUrl = 'https://console.example.com';
      config.embedAllowedOrigins = ['https://portal.example.com'];
      const cookies = authCookies();
      for (const cookie of Object.values(cookies)) {
        expect(cookie.options).toEqual({
          httpOnly: true,
          sameSite: 'none',
          path: '/',
          secure: true,
          partitioned: true,
        });
      }
      expect(Object.values(cookies).map((cookie) => cookie.name)).toEqual([
        '__Secure-rcc.session',
        '__Host-next-auth.csrf-token',
        '__Secure-next-auth.callback-url',
      ]);
    },
  );
});
