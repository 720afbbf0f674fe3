import 'server-only';
import { readFileSync } from 'node:fs';
import { Client } from '@elastic/elasticsearch';
import type { RegisteredCluster } from '@/lib/config/schema';
import { authorizationHeader, type EsCredentials } from './credentials';

// One connection pool per registered cluster; requests borrow it through a child that carries the caller's
// credentials, so Elasticsearch always sees (and authorises) the real person or tool.
const baseClients = new Map<string, Client>();

function baseClient(cluster: RegisteredCluster): Client {
  let client = baseClients.get(cluster.id);
  if (!client) {
    client = new Client({
      node: cluster.url,
      tls: cluster.caFile ? { ca: readFileSync(cluster.caFile, 'utf8') } : undefined,
      requestTimeout: 30_000,
      // One retry: a console page should tell "unreachable" quickly rather than after several attempts.
      maxRetries: 1,
    });
    baseClients.set(cluster.id, client);
  }
  return client;
}

export function clientAs(cluster: RegisteredCluster, credentials: EsCredentials): Client {
  return baseClient(cluster).child({ headers: { authorization: authorizationHeader(credentials) } });
}

/** No credentials at all: only for liveness probes, which read nothing but the status code. */
export function anonymousClient(cluster: RegisteredCluster): Client {
  return baseClient(cluster);
}
