import type { z } from 'zod';

// One entry per operation of app/api: the OpenAPI document is generated from these, and a test checks that every
// route.ts method has one. Schemas are the zod schemas the handlers parse with (requests) and the response models
// of lib/openapi/models (answers); the name given to a schema becomes its name under components.schemas.

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call it.
 * - cluster: a tool's own Authorization header (Basic, ApiKey, Bearer), or a browser session (cookie, plus
 *   kbn-xsrf on writes); Elasticsearch then applies the caller's privileges.
 * - session: only a browser session (cookie, plus kbn-xsrf on writes).
 * - optional: anyone; an Authorization header or a session adds detail.
 * - public: anyone, no credentials used.
 */
export type Access = 'cluster' | 'session' | 'optional' | 'public';

export interface NamedSchema {
  name: string;
  schema: z.ZodType;
}

export interface ApiParameter {
  description: string;
  schema: z.ZodType;
  required?: boolean;
  example?: string;
}

export interface ApiOperation {
  /** The OpenAPI path: the app/api folder path with [param] written {param} and %5F written _. */
  path: string;
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
