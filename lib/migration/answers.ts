import type { keystoreCommands } from '@/lib/cross-cluster-api-keys/keystore-commands';
import type { Diagnosis } from '@/lib/remote-clusters/diagnosis';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import type { MigrationAction, MigrationState, nextStep, TaskRef, UnavailableFeature } from './model';
import type { PlannedRequest } from './requests';
import type { RoleSuggestion } from './role-suggestions';

// What the migration routes answer, shared by the server that builds it and the assistant that reads it.

/** One planned request as it was sent, and how it went. */
export interface RequestResult {
  request: PlannedRequest;
  ok: boolean;
  status: number;
  /** Elasticsearch's answer (reads) or its reason (failures); never secrets: migration requests carry none. */
  response?: unknown;
  error?: string;
}

/** What uses the alias on the local cluster, and the features the cluster lacks. */
export interface Inventory {
  tasks: TaskRef[];
  unavailable: UnavailableFeature[];
}

export interface MigrationOverview {
  alias: string;
  /** The remote as the local cluster has it now (null while it is removed mid-migration). */
  remote: RemoteCluster | null;
  state: MigrationState | null;
  next: ReturnType<typeof nextStep>;
  inventory: Inventory;
  suggestions: { available: true; roles: RoleSuggestion[] } | { available: false; reason: string };
  keystore: { add: ReturnType<typeof keystoreCommands>; remove: string };
}

export interface ActionAnswer {
  action: MigrationAction;
  dryRun: boolean;
  /** The exact requests (to be) sent. */
  requests: PlannedRequest[];
  ok?: boolean;
  summary?: string;
  results?: RequestResult[];
  diagnosis?: Diagnosis;
  state: MigrationState | null;
}
