import type { z } from 'zod';
import type { ApiPathTemplate } from '@/lib/api/paths';

// What the OpenAPI document needs to know of one operation. The operations themselves are declared once, with their
// handler, in lib/server/api/operations (a ServerOperation is an ApiOperation plus its handler): the server parses
// every input with these same schemas, and the document is generated from the same declarations. Response schemas
// are the models of lib/openapi/models; the name given to a schema becomes its name under components.schemas.

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call it.
 * - cluster: a tool's own Authorization header (Basic, ApiKey, Bearer), or a browser session (cookie, plus
 *   kbn-xsrf on writes); Elasticsearch then applies the caller's privileges.
 * - session: only a browser session (cookie, plus kbn-xsrf on writes).
 * - signed-in: like cluster, for an operation about the console itself rather than one cluster (any sign-in).
 * - optional: anyone; an Authorization header or a session adds detail.
 * - public: anyone, no credentials used.
 */
export type Access = 'cluster' | 'signed-in' | 'session' | 'optional' | 'public';

export interface NamedSchema {
  name: string;
  schema: z.ZodType;
}

export interface ApiParameter<S extends z.ZodType = z.ZodType> {
  description: string;
  schema: S;
  required?: boolean;
  example?: string;
}

export interface ApiOperation {
  /** The OpenAPI path: the app/api folder path with [param] written {param} and %5F written _. */
  path: ApiPathTemplate;
  method: HttpMethod;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  pathParams?: Record<string, ApiParameter>;
  query?: Record<string, ApiParameter>;
  /** optional: some calls of the operation send no body. */
  body?: NamedSchema & { description?: string; examples?: Record<string, unknown>; optional?: boolean };
  response: NamedSchema & { description: string };
  /** Statuses this operation answers besides 200 and those common to its access (see document.ts). */
  errors?: number[];
}
