import { describe, expect, it, vi } from 'vitest';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { SessionGrant } from './session-token';

// The revocation of session keys a sign-in created but did not hand over. endSession (the invalidation call to
// Elasticsearch) is answered at its seam; the sign-in itself runs against real clusters in tests/integration.

const ended = vi.hoisted(() => [] as string[]);
vi.mock('./sign-in', () => ({
  endSession: async (_cluster: unknown, grant: { credentials: { id: string } }) => {
    ended.push(grant.credentials.id);
  },
}));
vi.mock('./session-cookie', () => ({ sessionCookie: () => ({ name: 'rcc.session' }) }));

const { answerWithoutOrphanKeys } = await import('./orphan-keys');

const cluster = { id: 'local', displayName: 'Local' } as RegisteredCluster;
const grant = { credentials: { kind: 'api_key', id: 'key-1', encoded: 'x' } } as unknown as SessionGrant;

function answer(status: number, cookies: string[] = []) {
  const headers = new Headers();
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return async () => new Response('{}', { status, headers });
}

describe('answerWithoutOrphanKeys', () => {
  it('keeps the key when the answer hands the session cookie over', async () => {
    ended.length = 0;
    const response = await answerWithoutOrphanKeys([{ cluster, grant }], answer(200, ['rcc.session=abc; Path=/']));
    expect(response.status).toBe(200);
    expect(ended).toEqual([]);
  });

  it.each([
    ['fails', answer(500, ['rcc.session=abc; Path=/'])],
    ['sets no session cookie', answer(200, ['next-auth.csrf-token=x; Path=/'])],
  ])('invalidates the key when the answer %s', async (_case, work) => {
    ended.length = 0;
    await answerWithoutOrphanKeys([{ cluster, grant }], work);
    expect(ended).toEqual(['key-1']);
  });

  it('invalidates the key and answers a JSON 400 when building the answer throws', async () => {
    ended.length = 0;
    const response = await answerWithoutOrphanKeys([{ cluster, grant }], async () => {
      throw new TypeError('Invalid URL');
    });
    expect(ended).toEqual(['key-1']);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('leaves answers without a sign-in alone', async () => {
    ended.length = 0;
    expect((await answerWithoutOrphanKeys([], answer(500))).status).toBe(500);
    expect(ended).toEqual([]);
  });
});
