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

const ERROR_TYPES: Record<number, string> = {
  403: 'security_exception',
  404: 'document_missing_exception',
  409: 'version_conflict_engine_exception',
};

export function elasticsearchRefusal(status: number, reason: string, type?: string): errors.ResponseError {
  return new errors.ResponseError({
    body: { error: { type: type ?? ERROR_TYPES[status] ?? 'illegal_argument_exception', reason }, status },
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
    indices: {
      resolveCluster: () => answer('indices.resolveCluster', () => recorded.resolveCluster),
      create: ({ index }: { index: string }) =>
        answer('indices.create', () => ({ acknowledged: true, shards_acknowledged: true, index })),
    },
    security: {
      hasPrivileges: () =>
        answer('security.hasPrivileges', () => ({ ...recorded.hasMonitor, has_all_requested: standIn.holdsMonitor })),
    },
  };
  Object.assign(es, documentCalls(answer));
  standIn.es = es as unknown as Client;
  return standIn;
}

type Answer = <T>(call: string, value: () => T) => Promise<T>;

/**
 * Single documents with Elasticsearch's concurrency rules (create refuses an existing id, a delete with
 * if_seq_no/if_primary_term refuses another version), answering in the shapes a 9.5.4 cluster returns.
 */
function documentCalls(answer: Answer) {
  const documents = new Map<string, { source: unknown; seqNo: number }>();
  let nextSeqNo = 0;
  const key = (index: string, id: string) => `${index}/${id}`;
  return {
    create: ({ index, id, document }: { index: string; id: string; document: unknown }) =>
      answer('create', () => {
        if (documents.has(key(index, id)))
          throw elasticsearchRefusal(409, `[${id}]: version conflict, document already exists (current version [1])`);
        const seqNo = nextSeqNo++;
        documents.set(key(index, id), { source: document, seqNo });
        const shards = { total: 1, successful: 1, failed: 0 };
        return {
          _index: index,
          _id: id,
          _version: 1,
          result: 'created',
          _shards: shards,
          _seq_no: seqNo,
          _primary_term: 1,
        };
      }),
    get: ({ index, id }: { index: string; id: string }) =>
      answer('get', () => {
        const held = documents.get(key(index, id));
        if (!held) throw elasticsearchRefusal(404, `[${id}]: document missing`);
        return {
          _index: index,
          _id: id,
          _version: 1,
          _seq_no: held.seqNo,
          _primary_term: 1,
          found: true,
          _source: held.source,
        };
      }),
    delete: ({ index, id, if_seq_no }: { index: string; id: string; if_seq_no?: number }) =>
      answer('delete', () => {
        const held = documents.get(key(index, id));
        if (!held) throw elasticsearchRefusal(404, `[${id}]: document missing`);
        if (if_seq_no !== undefined && if_seq_no !== held.seqNo)
          throw elasticsearchRefusal(409, `[${id}]: version conflict, required seqNo [${if_seq_no}]`);
        documents.delete(key(index, id));
        return { _index: index, _id: id, result: 'deleted', _seq_no: nextSeqNo++, _primary_term: 1 };
      }),
  };
}
