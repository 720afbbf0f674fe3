import 'server-only';
import { z } from 'zod';
import type { ApiOperation, ApiParameter, NamedSchema } from '@/lib/openapi/route-types';
import { requireAuthenticated } from '@/lib/server/auth/authenticated';
import { headerCredentials, resolveCaller } from '@/lib/server/auth/caller';
import { readSessionGrants, readSessionToken } from '@/lib/server/auth/read-session';
import { grantsOf } from '@/lib/server/auth/session-grants';
import { requireAnswering, whileAnswering } from '@/lib/server/clusters/availability';
import { defaultCluster } from '@/lib/server/config';
import { clientAs } from '@/lib/server/elasticsearch/clients';
import { ApiError } from '@/lib/server/http/api-error';
import { targetCluster } from '@/lib/server/http/cluster-route';
import { readJsonBody } from '@/lib/server/http/json-body';
import { respond } from '@/lib/server/http/respond';

// How every declared operation is served, in one order: which cluster, who is calling (401 before anything is
// parsed), the kbn-xsrf rule for cookie writes, then path segments, query and body through their zod schemas (one
// 400 shape naming each field), and only then the handler, so invalid input never reaches Elasticsearch.

export interface BodySpec extends NamedSchema {
  description?: string;
  examples?: Record<string, unknown>;
  /** Some calls of the operation send no body: the handler then gets undefined. */
  optional?: boolean;
  /**
   * The handler takes the JSON as sent and parses it itself, because what it accepts depends on something else
   * (the migration action in the path, the password beside a key's fields). `schema` still documents it.
   */
  raw?: boolean;
}

export interface RouteContext {
  params?: Promise<Record<string, string | string[] | undefined>>;
}

export type RouteHandler = (request: Request, context: RouteContext) => Promise<Response>;

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SIGN_IN_FIRST = 'Sign in, or send an Authorization header (Basic, ApiKey or Bearer).';

/**
 * Cookies ride along on any request a browser sends, even from another site; a custom header does not (a
 * cross-site form cannot set one). So every write a session cookie authenticates must carry kbn-xsrf, Kibana's
 * convention; tools that send their own Authorization header need not.
 */
function requireXsrfForCookieWrite(request: Request): void {
  if (MUTATIONS.has(request.method) && !request.headers.has('kbn-xsrf')) {
    throw new ApiError(400, 'Request must contain a kbn-xsrf header.');
  }
}

/** Path segments arrive decoded from Next, but a client may have encoded a comma list twice. */
function decodedSegment(raw: string | string[] | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function parameterSchema(parameters: Record<string, ApiParameter> | undefined, location: 'path' | 'query') {
  const shape = Object.fromEntries(
    Object.entries(parameters ?? {}).map(([name, parameter]) => [
      name,
      location === 'path' || parameter.required ? parameter.schema : parameter.schema.optional(),
    ]),
  );
  return z.object(shape);
}

/** The one cluster an operation acts on, known before anything is read: its own, or the default one. */
function clusterOf(operation: ApiOperation, request: Request, clusterId: string | undefined) {
  if (operation.access === 'cluster') return clusterId === undefined ? defaultCluster() : targetCluster(clusterId);
  if (operation.access === 'signed-in' && request.headers.has('authorization')) return defaultCluster();
  return undefined;
}

async function establishAccess(operation: ApiOperation, request: Request, clusterId: string | undefined) {
  switch (operation.access) {
    case 'cluster': {
      const cluster = clusterId === undefined ? defaultCluster() : targetCluster(clusterId);
      const caller = await resolveCaller(request, cluster);
      const es = clientAs(cluster, caller.credentials);
      await requireAuthenticated(cluster, caller.credentials, es);
      if (caller.grant) requireXsrfForCookieWrite(request);
      return { target: { ...caller, cluster, es } };
    }
    case 'session': {
      const session = await readSessionToken();
      if (!session || grantsOf(session).size === 0) throw new ApiError(401, 'Sign in to the console first.');
      requireXsrfForCookieWrite(request);
      return { session, cluster: targetCluster(clusterId ?? '') };
    }
    case 'signed-in': {
      const sent = headerCredentials(request);
      if (sent) {
        // A tool's credentials are checked where they are meant for: the default cluster.
        const cluster = defaultCluster();
        await requireAuthenticated(cluster, sent, clientAs(cluster, sent));
        return {};
      }
      if ((await readSessionGrants()).size === 0) throw new ApiError(401, SIGN_IN_FIRST);
      requireXsrfForCookieWrite(request);
      return {};
    }
    case 'optional':
    case 'public':
      return {};
  }
}

async function parsedBody(body: BodySpec | undefined, request: Request): Promise<unknown> {
  if (!body) return undefined;
  const sent = body.optional && !(await hasBody(request)) ? undefined : await readJsonBody(request);
  if (body.raw || sent === undefined) return sent;
  return body.schema.parse(sent);
}

/** Whether a body was sent, without reading it (the handler's readJsonBody reads it). */
async function hasBody(request: Request): Promise<boolean> {
  const length = request.headers.get('content-length');
  if (length !== null) return Number(length) > 0;
  return (await request.clone().text()).trim() !== '';
}

export function serveOperation(
  operation: ApiOperation & { body?: BodySpec },
  handle: (input: never) => Promise<unknown>,
): RouteHandler {
  const pathSchema = parameterSchema(operation.pathParams, 'path');
  const querySchema = parameterSchema(operation.query, 'query');
  return (request, context) =>
    respond(async () => {
      // Next gives routes without dynamic segments no params at all.
      const raw = (await context?.params) ?? {};
      const segments = Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, decodedSegment(value)]));
      const run = async () => {
        const access = await establishAccess(operation, request, segments.id);
        const params = pathSchema.parse(segments);
        const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
        const body = await parsedBody(operation.body, request);
        return (handle as (input: unknown) => Promise<unknown>)({ request, params, query, body, ...access });
      };
      // A cluster known to be silent is a 503 at once; one that falls silent meanwhile releases the request.
      const cluster = clusterOf(operation, request, segments.id);
      if (!cluster) return run();
      requireAnswering(cluster);
      return whileAnswering(cluster, run);
    });
}
