import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fuzzCases, type FuzzCase } from '../support/fuzz-inputs';
import { SANDBOX_PASSWORD, adminClient, legacyEnabled } from '../support/sandbox';
import { ConsoleSessionClient } from '../support/session';

// Every mutating route of the OpenAPI document, fed at least 50 invalid inputs each (tests/support/fuzz-inputs.ts):
// no answer may be a 5xx or anything but the JSON error format with the security headers, every 400 names what
// it refuses, and Elasticsearch holds exactly what it held before.

const baseUrl = inject('consoleUrl');
const run = Date.now().toString(36);
const ADMIN = `Basic ${Buffer.from(`elastic:${SANDBOX_PASSWORD}`).toString('base64')}`;
const CLUSTERS = ['local', 'remote', ...(legacyEnabled() ? ['legacy'] : [])];
const MIN_CASES_PER_ROUTE = 50;
const session = new ConsoleSessionClient(baseUrl);

interface Outcome {
  fuzzCase: FuzzCase;
  status: number;
  contentType: string | null;
  securityHeaders: boolean;
  body: unknown;
}

/** What the fuzzed routes could change, on every sandbox cluster, as its administrator reads it. */
async function readElasticsearchState(): Promise<unknown> {
  const parts = await Promise.all(
    CLUSTERS.map(async (id) => {
      const client = adminClient(id);
      const [settings, roles, users, keys] = await Promise.all([
        client.cluster.getSettings({ flat_settings: true }),
        client.security.getRole(),
        client.security.getUser(),
        client.security.getApiKey({ active_only: true }),
      ]);
      const sessionKeys = /^remote-clusters-console-session/;
      return {
        id,
        settings: { persistent: settings.persistent, transient: settings.transient },
        roles,
        users: Object.fromEntries(
          Object.entries(users).map(([name, user]) => [name, { ...user, enabled: user.enabled }]),
        ),
        // The suite's own sign-in creates a session key; every other key must be the same before and after.
        keys: keys.api_keys
          .filter((key) => !sessionKeys.test(key.name))
          .map((key) => key.id)
          .sort(),
      };
    }),
  );
  return parts;
}

/**
 * The state once two reads a second apart agree. Users, roles and keys are read by searching the security index, so
 * a key the previous file invalidated just before can still read as active for a moment.
 */
async function elasticsearchState(): Promise<unknown> {
  let last = await readElasticsearchState();
  for (let attempt = 0; attempt < 10; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const next = await readElasticsearchState();
    if (JSON.stringify(next) === JSON.stringify(last)) return next;
    last = next;
  }
  return last;
}

/**
 * Sent with node:http as written: fetch would resolve "." and ".." segments before they reach the console (and the
 * suite's OpenAPI recorder would judge paths made to be wrong).
 */
function sendRaw(path: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Headers; text: string }>((resolve, reject) => {
    const url = new URL(baseUrl);
    const sent = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method,
        headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const received = new Headers();
          for (const [name, value] of Object.entries(response.headers))
            if (typeof value === 'string') received.set(name, value);
          resolve({ status: response.statusCode ?? 0, headers: received, text: Buffer.concat(chunks).toString() });
        });
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

async function send(fuzzCase: FuzzCase): Promise<Outcome> {
  // The session routes take the browser's cookie (and kbn-xsrf); the others a tool's Authorization header.
  const viaSession = fuzzCase.operation.endsWith('/session');
  const headers: Record<string, string> = viaSession
    ? { ...fuzzCase.headers, 'kbn-xsrf': 'fuzz', cookie: session.cookieHeader() }
    : { ...fuzzCase.headers, authorization: ADMIN };
  const response = await sendRaw(fuzzCase.path, fuzzCase.method, headers, fuzzCase.body);
  const text = response.text;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: reported below
  }
  return {
    fuzzCase,
    status: response.status,
    contentType: response.headers.get('content-type'),
    securityHeaders: ['content-security-policy', 'x-content-type-options', 'x-frame-options'].every((header) =>
      response.headers.has(header),
    ),
    body,
  };
}

/** A 400 names what it refuses: fields, a path segment, the content type, or the body as a whole. */
function namesWhatItRefuses(outcome: Outcome): boolean {
  const body = outcome.body as { message?: string; attributes?: Record<string, unknown> };
  const fields = body.attributes?.fields as Record<string, string> | undefined;
  if (fields && Object.keys(fields).length > 0 && Object.keys(fields).every((field) => field !== '')) {
    const expected = outcome.fuzzCase.field;
    return (
      expected === undefined ||
      Object.keys(fields).some(
        (field) => field === expected || field.startsWith(`${expected}.`) || expected.startsWith(`${field}.`),
      )
    );
  }
  return /segment|JSON|body|kbn-xsrf|percent-encoding/i.test(body.message ?? '');
}

let outcomes: Outcome[] = [];
let before: unknown;

beforeAll(async () => {
  expect(await session.signIn('elastic', SANDBOX_PASSWORD)).toBeNull();
  before = await elasticsearchState();
  const document = (await (await fetch(`${baseUrl}/api/openapi.json`)).json()) as Record<string, never>;
  const cases = fuzzCases(document, {
    clusterId: 'local',
    missing: {
      name: `fuzz_missing_${run}`,
      ids: `fuzzmissing${run}`,
      username: `fuzz_missing_user_${run}`,
      action: 'add_remote',
    },
  });
  outcomes = [];
  // A few at a time: the console serves several callers at once, and the suite stays quick.
  for (let index = 0; index < cases.length; index += 8) {
    outcomes.push(...(await Promise.all(cases.slice(index, index + 8).map(send))));
  }
}, 600_000);

afterAll(async () => {
  await session.signOut();
});

describe('invalid input on every mutating route', () => {
  it('has at least 50 invalid inputs for every mutating route', () => {
    const perRoute = new Map<string, number>();
    for (const { fuzzCase } of outcomes) perRoute.set(fuzzCase.operation, (perRoute.get(fuzzCase.operation) ?? 0) + 1);
    const statuses = new Map<number, number>();
    for (const { status } of outcomes) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    console.info(
      `[fuzz] ${outcomes.length} inputs on ${perRoute.size} routes (${Math.min(...perRoute.values())} to ` +
        `${Math.max(...perRoute.values())} each); statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    for (const [route, count] of perRoute) console.info(`[fuzz]   ${count} inputs: ${route}`);
    expect(perRoute.size).toBeGreaterThanOrEqual(15);
    for (const [route, count] of perRoute) expect(count, route).toBeGreaterThanOrEqual(MIN_CASES_PER_ROUTE);
  });

  it('never answers 5xx, and always in the JSON error format with the security headers', () => {
    const describe = ({ fuzzCase, status }: Outcome) =>
      `${fuzzCase.kind}: ${fuzzCase.method} ${fuzzCase.path.slice(0, 120)} -> ${status}`;
    expect(outcomes.filter((outcome) => outcome.status >= 500).map(describe)).toEqual([]);
    expect(outcomes.filter((outcome) => !/^application\/json/.test(outcome.contentType ?? '')).map(describe)).toEqual(
      [],
    );
    expect(outcomes.filter((outcome) => !outcome.securityHeaders).map(describe)).toEqual([]);
    const errors = outcomes.filter((outcome) => outcome.status >= 400);
    const misshapen = errors.filter((outcome) => {
      const body = outcome.body as Record<string, unknown>;
      return body.statusCode !== outcome.status || typeof body.error !== 'string' || typeof body.message !== 'string';
    });
    expect(misshapen.map(describe)).toEqual([]);
  });

  it('names the field, segment or body in every 400', () => {
    const vague = outcomes.filter((outcome) => outcome.status === 400 && !namesWhatItRefuses(outcome));
    expect(
      vague.map(
        (outcome) =>
          `${outcome.fuzzCase.kind} (${outcome.fuzzCase.field ?? '-'}): ${JSON.stringify(outcome.body).slice(0, 200)}`,
      ),
    ).toEqual([]);
  });

  it('writes nothing to Elasticsearch', async () => {
    // toEqual, so a failure shows which cluster and which part changed.
    expect(await elasticsearchState()).toEqual(before);
  });
});
