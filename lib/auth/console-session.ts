/** What the browser may know about the signed-in person: identity and cluster, never credentials. */
export interface ConsoleSession {
  username: string;
  fullName: string | null;
  roles: string[];
  clusterId: string;
  clusterDisplayName: string;
  clusterName: string | null;
  clusterVersion: string | null;
  /** 'api_key': a per-session Elasticsearch API key; 'password': the fallback for people who may not create one. */
  authMethod: 'api_key' | 'password';
  /** ISO time at which the session ends, whatever the activity. */
  expiresAt: string;
}
