import type { Access, HttpMethod } from './route-types';

// How callers authenticate, in OpenAPI's terms. A cookie-session write needs both the cookie and kbn-xsrf.

export const SECURITY_SCHEMES = {
  basicAuth: { type: 'http', scheme: 'basic', description: 'An Elasticsearch user of the target cluster.' },
  apiKeyAuth: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description:
      'An Elasticsearch API key of the target cluster: `Authorization: ApiKey ' +
      '<base64 of id:api_key>` (the `encoded` value Elasticsearch returns).',
  },
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description: 'An Elasticsearch token (service account or OAuth2 token) of the target cluster.',
  },
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'rcc.session',
    description: "The browser session of the console's sign-in page (`__Secure-rcc.session` over https).",
  },
  kbnXsrf: {
    type: 'apiKey',
    in: 'header',
    name: 'kbn-xsrf',
    description: 'Any value; required on writes authenticated by the session cookie.',
  },
} as const;

type Requirement = Record<string, string[]>;

const TOOL: Requirement[] = [{ basicAuth: [] }, { apiKeyAuth: [] }, { bearerAuth: [] }];

export function securityFor(access: Access, method: HttpMethod): Requirement[] {
  const session: Requirement = method === 'get' ? { sessionCookie: [] } : { sessionCookie: [], kbnXsrf: [] };
  switch (access) {
    case 'cluster':
    case 'signed-in':
      return [...TOOL, session];
    case 'session':
      return [session];
    case 'optional':
      return [{}, ...TOOL, { sessionCookie: [] }];
    case 'public':
      return [];
  }
}
