import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/server/http/api-error';
import type * as Registry from './registry';

// The runner's order, through real declarations: who is calling comes first (401 before any input is read), then
// every input through zod with one 400 shape, and only then the handler. The registered cluster listens nowhere
// (port 1): a 400 answer proves nothing was sent to it, and a 503 proves the handler ran and tried. The one
// question asked before the input (does Elasticsearch accept these credentials?) is answered at its seam.

const authentication = vi.hoisted(() => ({ refuse: false, asked: 0 }));
vi.mock('@/lib/server/auth/authenticated', () => ({
  requireAuthenticated: async () => {
    authentication.asked += 1;
    if (authentication.refuse) throw new ApiError(401, 'Local refused the credentials.');
  },
}));
beforeEach(() => {
  authentication.refuse = false;
  authentication.asked = 0;
});

process.env.RCC_ES_URL = 'http://127.0.0.1:1';
process.env.NEXTAUTH_SECRET = 'unit-test-secret-'.padEnd(40, 'x');
process.env.NEXTAUTH_URL = 'http://127.0.0.1:3000';

type Routes = typeof Registry;
let routesAt: Routes['routesAt'];
beforeAll(async () => {
  ({ routesAt } = await import('./registry'));
});

const TOOL = { authorization: `Basic ${Buffer.from('elastic:secret').toString('base64')}` };

async function call(
  path: Parameters<Routes['routesAt']>[0],
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  params: Record<string, string>,
  init: { url?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const request = new Request(`http://console${init.url ?? '/'}`, {
    method,
    headers: { ...TOOL, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body,
  });
  const response = await routesAt(path)[method](request, { params: Promise.resolve(params) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, response };
}

describe('the operation runner', () => {
  it('answers 401 for an Authorization header of another scheme before it looks at any input', async () => {
    const answer = await call(
      '/api/remote_clusters/{name}',
      'PUT',
      { name: 'not a name!' },
      {
        headers: { authorization: 'Digest abc' },
        body: '{not json',
      },
    );
    expect(answer.status).toBe(401);
    expect(answer.body.message).toMatch(/Basic, ApiKey or Bearer/);
  });

  it('answers 401 for credentials Elasticsearch refuses before it reads the path, query or body', async () => {
    authentication.refuse = true;
    const answers = await Promise.all([
      call('/api/remote_clusters/{name}', 'PUT', { name: 'not a name!' }, { body: '{not json' }),
      call('/api/remote_clusters/{name}', 'DELETE', { name: 'a,b' }),
      call('/api/clusters', 'GET', {}),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
    expect(authentication.asked).toBe(3);
  });

  it('answers 404 for a cluster id that is not registered', async () => {
    const answer = await call('/api/clusters/{id}/remote_clusters', 'GET', { id: 'elsewhere' });
    expect(answer).toMatchObject({
      status: 404,
      body: { message: 'No cluster "elsewhere" is registered with the console.' },
    });
  });

  it('refuses a bad path segment with the 400 every input gets, naming the field, and sends nothing', async () => {
    const answer = await call('/api/clusters/{id}/remote_clusters/{name}', 'GET', { id: 'local', name: 'bad name' });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'Bad Request', attributes: { fields: { name: expect.any(String) } } });
    expect(answer.body.message).toMatch(/^Invalid request: name: /);
  });

  it('checks each item of a comma list and its length', async () => {
    const many = Array.from({ length: 201 }, (_, index) => `r${index}`).join(',');
    const tooMany = await call('/api/remote_clusters/{name}', 'DELETE', { name: many });
    expect(tooMany.body).toMatchObject({
      statusCode: 400,
      attributes: { fields: { name: 'must list 1 to 200 remote cluster names' } },
    });
    const oneBad = await call('/api/remote_clusters/{name}', 'DELETE', { name: 'fine,not fine' });
    expect(oneBad.body).toMatchObject({ statusCode: 400, attributes: { fields: { 'name.1': expect.any(String) } } });
  });

  it('refuses a query value outside its schema, naming the parameter', async () => {
    const answer = await call('/api/remote_clusters', 'GET', {}, { url: '/api/remote_clusters?refresh=yes' });
    expect(answer.body).toMatchObject({ statusCode: 400, attributes: { fields: { refresh: expect.any(String) } } });
  });

  it('refuses a body that is not JSON, is too large, or breaks the schema, before the cluster sees it', async () => {
    const post = (body: string) => call('/api/remote_clusters', 'POST', {}, { body });
    expect((await post('{not json')).body).toMatchObject({
      statusCode: 400,
      message: 'The request body is not valid JSON.',
    });
    const asText = await call(
      '/api/remote_clusters',
      'POST',
      {},
      { body: '{}', headers: { 'content-type': 'text/plain' } },
    );
    expect(asText).toMatchObject({ status: 415, body: { attributes: { contentType: 'text/plain' } } });
    expect((await post(`"${'x'.repeat(70 * 1024)}"`)).status).toBe(413);
    const invalid = await post(JSON.stringify({ name: 'ok', mode: 'sniff', seeds: ['no-port'] }));
    expect(invalid.body).toMatchObject({ statusCode: 400, attributes: { fields: { 'seeds.0': expect.any(String) } } });
  });

  it("reaches each feature's handler with valid input; a cluster that does not answer is a 503", async () => {
    const id = { id: 'local' };
    const answers = await Promise.all([
      call('/api/clusters/{id}/roles', 'GET', id),
      call('/api/clusters/{id}/cross_cluster_api_keys', 'GET', id),
      call('/api/clusters/{id}/remote_clusters/{name}/migration', 'GET', { ...id, name: 'legacy' }),
      call('/api/clusters/{id}/_reload_secure_settings', 'POST', id),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([503, 503, 503, 503]);
    // A tool's credentials cannot be checked against a silent default cluster; health answers for anyone.
    const clusters = await call('/api/clusters', 'GET', {});
    expect(clusters).toMatchObject({ status: 503, body: { attributes: { clusterId: 'local' } } });
    const health = await call('/api/health', 'GET', {});
    expect(health.body).toMatchObject({ status: 'ok', clusters: [{ id: 'local', reachable: false }] });
  });

  it('runs the handler with valid input, and a cluster that does not answer is a 503 naming since when', async () => {
    const answer = await call('/api/clusters/{id}/remote_clusters/{name}', 'GET', { id: 'local', name: 'prod' });
    expect(answer).toMatchObject({
      status: 503,
      body: { message: expect.stringMatching(/^Elasticsearch has not answered since \d{4}-\d\d-\d\dT/) },
    });
    expect(answer.response.headers.get('cache-control')).toBe('no-store');
  });
});
