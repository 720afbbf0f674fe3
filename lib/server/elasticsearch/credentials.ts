/** How the console authenticates to Elasticsearch on someone's behalf. Never sent to the browser. */
export type EsCredentials =
  | { kind: 'api_key'; id: string; encoded: string }
  | { kind: 'basic'; username: string; password: string }
  /** A REST caller's own Authorization header (Basic, ApiKey or Bearer), passed through unchanged. */
  | { kind: 'header'; value: string };

export function authorizationHeader(credentials: EsCredentials): string {
  switch (credentials.kind) {
    case 'api_key':
      return `ApiKey ${credentials.encoded}`;
    case 'basic':
      return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    case 'header':
      return credentials.value;
  }
}
