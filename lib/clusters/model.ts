// A registered cluster as the browser and REST tools see it: never its URL's credentials or CA path, and
// version and licence only when the caller is signed in there (anonymous requests cannot read them).

export interface LicenceView {
  type: string;
  status: string;
}

export interface RegisteredClusterView {
  id: string;
  displayName: string;
  isDefault: boolean;
  /** Any HTTP answer counts: a cluster that says 401 is up. */
  reachable: boolean;
  /** Whether this browser session holds a sign-in for the cluster (always false for Authorization-header callers). */
  signedIn: boolean;
  username: string | null;
  /** The oldest node's version and the licence, read as the signed-in person; null when not signed in or not allowed. */
  version: string | null;
  licence: LicenceView | null;
}

/** The API-key security model needs an Enterprise licence (a trial counts) on both clusters. */
export function licenceAllowsApiKeyModel(licence: LicenceView | null): boolean | null {
  if (!licence) return null;
  return licence.status === 'active' && (licence.type === 'enterprise' || licence.type === 'trial');
}
