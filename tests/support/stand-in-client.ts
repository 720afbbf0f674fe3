import { errors, type Client } from '@elastic/elasticsearch';
import { flattenSettings } from '@/lib/remote-clusters/settings';

// A stand-in for the request-scoped Elasticsearch client (ClusterTarget.es), for unit tests of server code only:
// it answers the calls the remote-cluster code makes with answers recorded from a real cluster (fixtures/), keeps
// persistent settings so a write shows in the next read, and counts calls. Integration tests use real clusters.

export interface RecordedCluster {
  settings: { persistent?: unknown; transient?: unknown; defaults?: unknown };
  remoteInfo: Record<string, unknown>;
  resolveCluster: Record<string, unknown>;
  putSettings: unknown;
  hasMonitor: { has_all_requested: boolean };
  nodesInfo: unknown;
  reloadSecureSettings: unknown;
}

export interface StandIn {
  es: Client;
  calls: string[];
  persistent: Record<string, unknown>;
  /** Make the next call of that name fail as Elasticsearch would, with its status and reason. */
  failNext(call: string, status: number, reason: string): void;
  holdsMonitor: boolean;
}

export function elasticsearchRefusal(status: number, reason: string): errors.ResponseError {
  return new errors.ResponseError({
    body: { error: { type: status === 403 ? 'security_exception' : 'illegal_argument_exception', reason }, status },
    statusCode: status,
    headers: {},
    warnings: null,
    meta: {} as never,
  });
}

export function standInClient(recorded: RecordedCluster): StandIn {
  const failures = new Map<string, errors.ResponseError>();
  const standIn: StandIn = {
    es: undefined as unknown as Client,
    calls: [],
    persistent: flattenSettings(recorded.settings.persistent ?? {}),
    failNext: (call, status, reason) => failures.set(call, elasticsearchRefusal(status, reason)),
    holdsMonitor: recorded.hasMonitor.has_all_requested,
  };
  const answer = async <T>(call: string, value: () => T): Promise<T> => {
    standIn.calls.push(call);
    const failure = failures.get(call);
    if (failure) {
      failures.delete(call);
      throw failure;
    }
    return value();
  };
  const es = {
    transport: {},
    cluster: {
      getSettings: () =>
        answer('cluster.getSettings', () => ({
          persistent: { ...standIn.persistent },
          transient: recorded.settings.transient ?? {},
          defaults: recorded.settings.defaults ?? {},
        })),
      remoteInfo: () => answer('cluster.remoteInfo', () => recorded.remoteInfo),
      putSettings: (body: { persistent?: unknown }) =>
        answer('cluster.putSettings', () => {
          for (const [key, value] of Object.entries(flattenSettings(body.persistent ?? {}))) {
            if (value === null) delete standIn.persistent[key];
            else standIn.persistent[key] = value;
          }
          return recorded.putSettings;
        }),
    },
    nodes: {
      info: () => answer('nodes.info', () => recorded.nodesInfo),
      reloadSecureSettings: () => answer('nodes.reloadSecureSettings', () => recorded.reloadSecureSettings),
    },
    indices: { resolveCluster: () => answer('indices.resolveCluster', () => recorded.resolveCluster) },
    security: {
      hasPrivileges: () =>
        answer('security.hasPrivileges', () => ({ ...recorded.hasMonitor, has_all_requested: standIn.holdsMonitor })),
    },
  };
  standIn.es = es as unknown as Client;
  return standIn;
}
