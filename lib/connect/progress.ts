import type { Deployment } from '@/lib/deployments/schema';

// Where a person is in the connect flow, kept in the browser (localStorage) so the flow can be resumed after a
// reload or a detour. It records what was done on the clusters, never a secret: the encoded key is shown once
// and only lives in memory until the keystore step.

export type RemoteChoice =
  { kind: 'registered'; clusterId: string; displayName: string } | { kind: 'address'; address: string };

export interface KeyRecord {
  id: string;
  name: string;
  source: 'created' | 'pasted';
  /** The key's search index patterns when known, to offer as the verification's test search. */
  searchPatterns: string[];
}

export interface ChangeRecord {
  at: string;
  cluster: string;
  what: string;
}

export interface ConnectProgress {
  version: 1;
  localClusterId: string;
  remote: RemoteChoice | null;
  alias: string;
  key: KeyRecord | null;
  reloaded: { nodes: number; failedNodes: string[]; missingCredentials: string[] | null } | null;
  registered: { mode: 'sniff' | 'proxy'; address: string } | null;
  verified: { status: 'ok' | 'failing' } | null;
  changes: ChangeRecord[];
  /** Where each side runs, as the person chose it (preselected from the registry or the console's guess). */
  deployments: { local: Deployment | null; remote: Deployment | null };
  /** Both are resources of one ECK operator: the plan is the operator's own path. */
  sameEckOperator?: boolean;
}

export const CONNECT_STEPS = [
  'Remote and readiness',
  'Cross-cluster API key',
  'Keystore',
  'Register',
  'Verify',
] as const;

export function emptyProgress(localClusterId: string): ConnectProgress {
  return {
    version: 1,
    localClusterId,
    remote: null,
    alias: '',
    key: null,
    reloaded: null,
    registered: null,
    verified: null,
    changes: [],
    deployments: { local: null, remote: null },
  };
}

/** The first step not done yet: where a resumed flow opens. */
export function currentStep(progress: ConnectProgress): number {
  if (!progress.remote || !progress.alias) return 0;
  if (!progress.key) return 1;
  if (!progress.reloaded) return 2;
  if (!progress.registered) return 3;
  return 4;
}

export function withChange(
  progress: ConnectProgress,
  cluster: string,
  what: string,
  now = new Date(),
): ConnectProgress {
  return { ...progress, changes: [...progress.changes, { at: now.toISOString(), cluster, what }] };
}

export function storageKey(localClusterId: string): string {
  return `rcc.connect.v1.${localClusterId}`;
}

/**
 * A stored progress, only when it has the expected shape (storage is user-editable). The deployments are checked
 * by `deploymentOf` (deploymentSchema's, which the caller loads only when there is a stored progress to read).
 */
export function parseStoredProgress(
  text: string | null,
  localClusterId: string,
  deploymentOf: (stored: unknown) => Deployment | null,
): ConnectProgress | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ConnectProgress>;
    if (
      value.version !== 1 ||
      value.localClusterId !== localClusterId ||
      typeof value.alias !== 'string' ||
      !Array.isArray(value.changes)
    )
      return null;
    return {
      ...emptyProgress(localClusterId),
      ...value,
      deployments: {
        local: deploymentOf(value.deployments?.local),
        remote: deploymentOf(value.deployments?.remote),
      },
      sameEckOperator: value.sameEckOperator === true,
    } as ConnectProgress;
  } catch {
    return null;
  }
}

/**
 * The id inside a pasted encoded key (base64 of "id:secret"), or an error message. The console only reads the
 * id from it, in the browser: a pasted key is never sent anywhere.
 */
export function idOfEncodedKey(encoded: string): { id: string } | { error: string } {
  const trimmed = encoded.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed))
    return { error: 'must be the "encoded" value of a cross-cluster API key (base64)' };
  let decoded: string;
  try {
    decoded = atob(trimmed);
  } catch {
    return { error: 'must be the "encoded" value of a cross-cluster API key (base64)' };
  }
  const match = /^([A-Za-z0-9_-]{1,100}):(\S{10,})$/.exec(decoded);
  return match?.[1] ? { id: match[1] } : { error: 'is not an encoded API key (it should decode to "id:secret")' };
}
