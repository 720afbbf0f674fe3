import 'server-only';
import type { JWT } from 'next-auth/jwt';
import type { z } from 'zod';
import type { RegisteredCluster } from '@/lib/config/schema';
import type { Access, ApiOperation, ApiParameter } from '@/lib/openapi/route-types';
import type { ClusterTarget } from '@/lib/server/http/cluster-route';
import { serveOperation, type BodySpec, type RouteHandler } from './serve-operation';

// One declaration per REST operation: its path, access, the schemas of its path segments, query and body, its
// answer's model, and its handler. The server parses every input with these schemas before the handler runs, the
// OpenAPI document is generated from the same declarations, and app/api's route files only point at them.

type ParameterSet = Record<string, ApiParameter>;

type ParamValues<P> = { [K in keyof P]: P[K] extends ApiParameter<infer S> ? z.output<S> : never };
type QueryValues<Q> = {
  [K in keyof Q]: Q[K] extends ApiParameter<infer S>
    ? Q[K] extends { required: true }
      ? z.output<S>
      : z.output<S> | undefined
    : never;
};
type BodyValue<B> = B extends { raw: true }
  ? unknown
  : B extends { schema: infer S extends z.ZodType }
    ? B extends { optional: true }
      ? z.output<S> | undefined
      : z.output<S>
    : undefined;

/** What each kind of access has established before the handler runs. */
interface AccessContext {
  /** The registered cluster ({id}, or the default one on Kibana's paths) and the caller's credentials there. */
  cluster: { target: ClusterTarget };
  /** The browser session's token, and the registered cluster {id}. */
  session: { cluster: RegisteredCluster; session: JWT };
  'signed-in': object;
  optional: object;
  public: object;
}

export type OperationInput<A extends Access, P, Q, B> = {
  request: Request;
  params: ParamValues<P>;
  query: QueryValues<Q>;
  body: BodyValue<B>;
} & AccessContext[A];

export interface OperationSpec<A extends Access, P extends ParameterSet, Q extends ParameterSet, B> extends Omit<
  ApiOperation,
  'access' | 'pathParams' | 'query' | 'body'
> {
  access: A;
  pathParams?: P;
  query?: Q;
  body?: B & BodySpec;
  /** The answer (sent as JSON, never cached), or a Response of its own (a cookie to set, another cache rule). */
  handle(input: OperationInput<A, P, Q, B>): Promise<unknown>;
}

export interface ServerOperation extends ApiOperation {
  serve: RouteHandler;
}

export function defineOperation<
  const A extends Access,
  const P extends ParameterSet = Record<never, ApiParameter>,
  const Q extends ParameterSet = Record<never, ApiParameter>,
  const B = undefined,
>(spec: OperationSpec<A, P, Q, B>): ServerOperation {
  const { handle, ...operation } = spec;
  const declared = operation as ApiOperation & { body?: BodySpec };
  return { ...declared, serve: serveOperation(declared, handle as (input: never) => Promise<unknown>) };
}
