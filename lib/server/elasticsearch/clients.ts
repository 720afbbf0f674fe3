import 'server-only';
import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
import type { RegisteredCluster } from '@/lib/config/schema';
import { authorizationHeader, type EsCredentials } from './credentials';
import { versionAwareTransport } from './version-aware-transport';

// One connection pool per registered cluster; requests borrow it through a child that carries the caller's
// credentials, so Elasticsearch always sees (and authorises) the real person or tool.
const baseClients = new Map<string, Client>();
// The callers' transport learns the cluster's version with their credentials (see version-aware-transport.ts).
const callerTransports = new Map<string, ReturnType<typeof versionAwareTransport>>();

function baseClient(cluster: RegisteredCluster): Client {
  let client = baseClients.get(cluster.id);
  if (!client) {
    client = new Client({
      node: cluster.url,
      tls: cluster.caFile ? { ca: readFileSync(cluster.caFile, 'utf8') } : undefined,
      requestTimeout: 30_000,
      // One retry: a console page should tell "unreachable" quickly rather than after several attempts.
      maxRetries: 1,
      // Talks to each cluster in a media type its version accepts (8.x refuses the client's own 9).
      Transport: versionAwareTransport(cluster.id, { probe: false }),
    });
    baseClients.set(cluster.id, client);
  }
  return client;
}

export function clientAs(cluster: RegisteredCluster, credentials: EsCredentials): Client {
  let Transport = callerTransports.get(cluster.id);
  if (!Transport) {
    Transport = versionAwareTransport(cluster.id, { probe: true });
    callerTransports.set(cluster.id, Transport);
  }
  return baseClient(cluster).child({ headers: { authorization: authorizationHeader(credentials) }, Transport });
}

/** No credentials at all: only for liveness probes, which read nothing but the status code. */
export function anonymousClient(cluster: RegisteredCluster): Client {
  return baseClient(cluster);
}
