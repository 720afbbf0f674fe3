import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SANDBOX_PASSWORD } from '../support/sandbox';
import { startConsole, type RunningConsole } from '../support/console-server';
import { ConsoleSessionClient } from '../support/session';

// Every response carries the security headers: pages, redirects, API answers and errors, static files, 404s. The
// tests' console has no embedding origin and plain http; a second one is configured as a deployment that lets a
// portal embed it over https.

const baseUrl = inject('consoleUrl');
const PORTAL = 'https://portal.example.test';

async function responses(origin: string): Promise<[string, Response][]> {
  const signInHtml = await (await fetch(`${origin}/sign-in`)).text();
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(signInHtml)?.[1];
  expect(asset, 'a script of the sign-in page').toBeDefined();
  const requests: [string, RequestInit?][] = [
    ['/sign-in'],
    ['/remote-clusters'], // a redirect to sign-in
    ['/nowhere'], // the 404 page
    ['/api/health'],
    ['/api/clusters'], // 401
    ['/api/nowhere'], // 404 of the API
    ['/api/openapi.json'],
    ['/api/auth/csrf'],
    ['/api/remote_clusters', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }],
    [asset ?? '/'],
    ['/icon.svg'],
    ['/sign-in', { headers: { RSC: '1' } }], // a client navigation's fetch
  ];
  return Promise.all(
    requests.map(
      async ([path, init]) =>
        [`${init?.method ?? 'GET'} ${path}`, await fetch(`${origin}${path}`, { ...init, redirect: 'manual' })] as [
          string,
          Response,
        ],
    ),
  );
}

/**
 * Signs in through next-auth as the browser's form does; returns every Set-Cookie line of the CSRF step and of the
 * sign-in.
 */
async function signInCookies(origin: string): Promise<string[]> {
  const session = new ConsoleSessionClient(origin);
  const csrf = await session.fetch('/api/auth/csrf');
  const lines = csrf.headers.getSetCookie();
  const body = new URLSearchParams({
    csrfToken: ((await csrf.json()) as { csrfToken: string }).csrfToken,
    clusterId: 'local',
    username: 'elastic',
    password: SANDBOX_PASSWORD,
    json: 'true',
  });
  const signedIn = await session.fetch('/api/auth/callback/elasticsearch', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  expect(signedIn.status).toBe(200);
  return [...lines, ...signedIn.headers.getSetCookie()];
}

const cookieLine = (lines: string[], name: string) =>
  lines.find((line) => line.startsWith(`${name}=`)) ?? `${name}: not set`;

function directives(response: Response): Map<string, string> {
  const policy = response.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(' ')[0] ?? '', part.slice(part.indexOf(' ') + 1)]),
  );
}

describe('security headers, without embedding, over http', () => {
  it('are on every kind of response', async () => {
    for (const [what, response] of await responses(baseUrl)) {
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(response.headers.get('permissions-policy'), what).toContain('camera=()');
      expect(response.headers.get('x-frame-options'), what).toBe('SAMEORIGIN');
      expect(response.headers.get('x-powered-by'), what).toBeNull();
      expect(response.headers.get('strict-transport-security'), what).toBeNull();
      const csp = directives(response);
      expect(csp.get('frame-ancestors'), what).toBe("'self'");
      expect(csp.get('script-src'), what).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'$/);
      expect(csp.get('style-src'), what).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{20,}'$/);
      expect(csp.get('object-src'), what).toBe("'none'");
      expect(csp.has('upgrade-insecure-requests'), what).toBe(false);
    }
  });

  it(
    'gives each page a fresh nonce that every script and style ' +
      'element of the page carries, and nothing inline without it',
    async () => {
      const [first, second] = await Promise.all([fetch(`${baseUrl}/sign-in`), fetch(`${baseUrl}/sign-in`)]);
      const nonce = /'nonce-([^']+)'/.exec(first.headers.get('content-security-policy') ?? '')?.[1] ?? '';
      expect(nonce).not.toBe(/'nonce-([^']+)'/.exec(second.headers.get('content-security-policy') ?? '')?.[1]);
      const html = await first.text();
      const tags = html.match(/<(script|style)\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(5);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
    },
  );

  it('keeps the sign-in cookies SameSite=Lax', async () => {
    const lines = await signInCookies(baseUrl);
    for (const name of ['rcc.session', 'next-auth.csrf-token']) {
      expect(cookieLine(lines, name)).toMatch(/HttpOnly/i);
      expect(cookieLine(lines, name)).toMatch(/SameSite=Lax/i);
      expect(cookieLine(lines, name)).not.toMatch(/Secure|Partitioned/i);
    }
  });
});

describe('security headers of a console a portal embeds over https', () => {
  let embeddable: RunningConsole;

  beforeAll(async () => {
    embeddable = await startConsole(3191, {
      NEXTAUTH_URL: 'https://console.example.test',
      RCC_EMBED_ALLOWED_ORIGINS: `${PORTAL},http://127.0.0.1:3102`,
    });
  });

  afterAll(async () => {
    await embeddable?.stop();
  });

  it('let the allowed origins frame it, drop X-Frame-Options, and send HSTS', async () => {
    for (const [what, response] of await responses(embeddable.url)) {
      expect(directives(response).get('frame-ancestors'), what).toBe(`'self' ${PORTAL} http://127.0.0.1:3102`);
      expect(directives(response).has('upgrade-insecure-requests'), what).toBe(true);
      expect(response.headers.get('x-frame-options'), what).toBeNull();
      expect(response.headers.get('strict-transport-security'), what).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
    }
  });

  it(
    'send the sign-in cookies SameSite=None; Secure; ' + 'Partitioned, so they work inside the cross-site frame',
    async () => {
      const lines = await signInCookies(embeddable.url);
      for (const name of ['__Secure-rcc.session', '__Host-next-auth.csrf-token', '__Secure-next-auth.callback-url']) {
        expect(cookieLine(lines, name)).toMatch(/HttpOnly/i);
        expect(cookieLine(lines, name)).toMatch(/SameSite=None/i);
        expect(cookieLine(lines, name)).toMatch(/; Secure/i);
        expect(cookieLine(lines, name)).toMatch(/; Partitioned/i);
      }
    },
  );
});
