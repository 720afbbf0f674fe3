import type { CrossClusterAccessBody as CrossClusterAccess } from '@/lib/cross-cluster-api-keys/access-schema';
import type { Deployment } from '@/lib/deployments/schema';
import type { SecurityModel } from '@/lib/remote-clusters/model';

// A connection plan: the ordered steps that connect one local cluster to one remote, for where each runs and for
// the security model. Every artifact is something to apply as it is (a file, a command, a manifest, a request),
// or what the console does itself. Types only, so the browser can import them.

/** Stands for the cross-cluster API key's encoded value; the browser puts the key in its place on screen only. */
export const KEY_PLACEHOLDER = '<ENCODED_API_KEY>';

export type ArtifactKind =
  'elasticsearch-yml' | 'shell' | 'kubernetes-manifest' | 'cloud-api-request' | 'cluster-settings' | 'console-action';

export interface CloudApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** From /api/v1/..., on the API of `api` (Elastic Cloud's for ECH, the ECE installation's for ECE). */
  path: string;
  body?: unknown;
  api: 'ech' | 'ece';
  /** Where the request goes: Elastic Cloud's API, or the ECE API address when the registry knows it. */
  baseUrl: string;
}

export type ConsoleActionName =
  | 'check-readiness'
  | 'create-cross-cluster-api-key'
  | 'reload-secure-settings'
  | 'register-remote'
  | 'verify-connection';

export interface ConsoleAction {
  action: ConsoleActionName;
  description: string;
}

export type Artifact =
  | { kind: 'elasticsearch-yml' | 'shell' | 'kubernetes-manifest'; title: string; content: string }
  | { kind: 'cloud-api-request'; title: string; content: CloudApiRequest }
  | { kind: 'cluster-settings'; title: string; content: { persistent: Record<string, unknown> } }
  | { kind: 'console-action'; title: string; content: ConsoleAction };

export type PlanSide = 'local' | 'remote';

export interface PlanStep {
  id: string;
  side: PlanSide;
  title: string;
  why: string;
  /** Clicks in a console UI (Elastic Cloud, ECE) where no request or file does the job. */
  instructions?: string[];
  artifacts: Artifact[];
}

export type DeploymentSource = 'request' | 'registry' | 'guess' | 'assumed';

export interface PlanSideDescription {
  deployment: Deployment;
  /** Where the description came from: the request, the registry, the console's guess, or assumed self-managed. */
  source: DeploymentSource;
  /** Why the console guessed what it did (only for a guess). */
  evidence?: string;
  clusterId?: string;
}

export interface ConnectionPlan {
  alias: string;
  securityModel: SecurityModel;
  local: PlanSideDescription;
  remote: PlanSideDescription;
  keyPlaceholder: typeof KEY_PLACEHOLDER;
  steps: PlanStep[];
}

/** What the generator works from: both sides decided, the access the key grants. */
export interface PlanInput {
  alias: string;
  securityModel: SecurityModel;
  local: Deployment;
  remote: Deployment;
  /** The remote is registered and the caller can act there: the console creates the key itself. */
  remoteRegistered: boolean;
  address?: string;
  serverName?: string;
  access: CrossClusterAccess;
  /** The access was not given: the plan proposes search on every index and says so. */
  accessAssumed: boolean;
  sameEckOperator: boolean;
}
