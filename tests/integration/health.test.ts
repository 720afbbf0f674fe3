import { describe, expect, inject, it } from 'vitest';
import { SANDBOX_PASSWORD, legacyEnabled } from '../support/sandbox';
import { ConsoleSessionClient } from '../support/session';

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('GET /api/health', () => {
  const baseUrl = inject('consoleUrl');

  it('answers without credentials with which clusters answer, and nothing more', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      status: 'ok',
      clusters: [
        { id: 'local', displayName: 'Local (sandbox)', reachable: true },
        { id: 'remote', displayName: 'Remote (sandbox)', reachable: true },
        ...(legacyEnabled() ? [{ id: 'legacy', displayName: 'Legacy (sandbox)', reachable: true }] : []),
        { id: 'unreachable', displayName: 'Unreachable (test)', reachable: false },
      ],
    });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|https?:|ca\.crt/);
  });

  it("adds the cluster's name, version and health for a tool's own Basic credentials", async () => {
    const response = await fetch(`${baseUrl}/api/health`, {
      headers: { authorization: basic('elastic', SANDBOX_PASSWORD) },
    });
    const body = (await response.json()) as { signedIn: Record<string, unknown> };
    expect(body.signedIn).toMatchObject({
      clusterId: 'local',
      clusterName: 'local',
      health: expect.stringMatching(/green|yellow/),
    });
    expect(body.signedIn.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('adds the same detail for a signed-in browser session', async () => {
    const client = new ConsoleSessionClient(baseUrl);
    expect(await client.signIn('elastic', SANDBOX_PASSWORD)).toBeNull();
    const body = (await (await client.fetch('/api/health')).json()) as { signedIn?: Record<string, unknown> };
    expect(body.signedIn).toMatchObject({ clusterId: 'local', clusterName: 'local' });
  });

  it('refuses an Authorization header of another scheme with the console error format', async () => {
    const response = await fetch(`${baseUrl}/api/health`, { headers: { authorization: 'Digest abc' } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'The Authorization header must use the Basic, ApiKey or Bearer scheme.',
    });
  });

  it('sends the security headers and hides the framework', async () => {
    for (const path of ['/api/health', '/sign-in']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});
