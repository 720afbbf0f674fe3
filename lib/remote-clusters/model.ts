import type { z } from 'zod';
import type { remoteClusterSchema } from '@/lib/openapi/models/remote-clusters';
// The console's view of one remote cluster: Kibana's field names (so Kibana tooling reads it unchanged),
// with real booleans and numbers where Kibana returns strings, and a few additions Kibana lacks.

export type ConnectionMode = 'sniff' | 'proxy';
export type SecurityModel = 'api_key' | 'certificate';
/**
 * Where the definition lives; transient beats persistent, and both beat elasticsearch.yml. 'none': the alias is
 * still listed by _remote/info although no setting defines it any more (a removal Elasticsearch has not applied yet).
 */
export type SettingsSource = 'persistent' | 'transient' | 'node' | 'none';
/** Elasticsearch's transport.compress takes true, false or indexing_data. */
export type TransportCompress = boolean | 'indexing_data';

export type RemoteCluster = z.output<typeof remoteClusterSchema>;

export const DEFAULT_NODE_CONNECTIONS = 3;
export const DEFAULT_PROXY_SOCKET_CONNECTIONS = 18;
/** The remote cluster server's port (API-key model); the transport port (certificate model) is usually 9300. */
export const API_KEY_MODEL_PORT = 9443;
export const CERTIFICATE_MODEL_PORT = 9300;
