// Every URL of the console's REST API, once: the server's operation declarations take their paths from here, and
// the browser builds its request URLs with apiPath, so a path changes in one place and a typo does not compile.
// Kept tiny and free of schemas: the browser bundles it.

export const API_PATHS = {
  health: '/api/health',
  openApi: '/api/openapi.json',
  clusters: '/api/clusters',
  clusterSession: '/api/clusters/{id}/session',
  defaultRemoteClusters: '/api/remote_clusters',
  defaultRemoteCluster: '/api/remote_clusters/{name}',
  remoteClusters: '/api/clusters/{id}/remote_clusters',
  remoteCluster: '/api/clusters/{id}/remote_clusters/{name}',
  diagnosis: '/api/clusters/{id}/remote_clusters/{name}/diagnosis',
  migration: '/api/clusters/{id}/remote_clusters/{name}/migration',
  migrationAction: '/api/clusters/{id}/remote_clusters/{name}/migration/{action}',
  readiness: '/api/clusters/{id}/readiness',
  connectionPlan: '/api/clusters/{id}/connection_plan',
  reloadSecureSettings: '/api/clusters/{id}/_reload_secure_settings',
  privileges: '/api/clusters/{id}/privileges',
  roles: '/api/clusters/{id}/roles',
  role: '/api/clusters/{id}/roles/{name}',
  roleAssignments: '/api/clusters/{id}/roles/{name}/assignments',
  roleEffectiveAccess: '/api/clusters/{id}/roles/{name}/effective_access',
  users: '/api/clusters/{id}/users',
  user: '/api/clusters/{id}/users/{username}',
  crossClusterApiKeys: '/api/clusters/{id}/cross_cluster_api_keys',
  crossClusterApiKey: '/api/clusters/{id}/cross_cluster_api_keys/{ids}',
} as const;

export type ApiPathName = keyof typeof API_PATHS;
export type ApiPathTemplate = (typeof API_PATHS)[ApiPathName];

/** The {param} names of a path template, as a union. */
export type PathParamNames<T extends string> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PathParamNames<Rest>
  : never;

/** A path value: one segment, or several joined by commas (the bulk deletes). */
type SegmentValue = string | readonly string[];
type QueryValue = string | number | boolean | undefined | null;

export type PathParams<N extends ApiPathName> = { [K in PathParamNames<(typeof API_PATHS)[N]>]: SegmentValue };

function segment(value: SegmentValue): string {
  return typeof value === 'string' ? encodeURIComponent(value) : value.map(encodeURIComponent).join(',');
}

/** The URL of one operation: each segment encoded, query values left out when undefined or null. */
export function apiPath<N extends ApiPathName>(
  name: N,
  params: PathParams<N>,
  query: Record<string, QueryValue> = {},
): string {
  const values = params as Record<string, SegmentValue>;
  const path = API_PATHS[name].replace(/\{([^}]+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`apiPath(${name}) needs ${key}`);
    return segment(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const rendered = search.toString();
  return rendered ? `${path}?${rendered}` : path;
}
