import { FINDING_IDS } from '@/lib/remote-clusters/finding';
import { z } from 'zod';
import { itemErrorSchema } from './common';

export const remoteClusterSchema = z
  .object({
    name: z.string(),
    mode: z.enum(['sniff', 'proxy']),
    isConnected: z.boolean(),
    notConnectedReason: z.string().optional().describe('Why it is not connected (absent while connected).'),
    securityModel: z
      .enum(['api_key', 'certificate'])
      .describe('api_key when the local keystore holds cluster.remote.<name>.credentials.'),
    isConfiguredByNode: z
      .boolean()
      .describe('Defined in elasticsearch.yml: listed, never edited or deleted by the console.'),
    settingsSource: z.enum(['persistent', 'transient', 'node', 'none']),
    skipUnavailable: z.boolean(),
    initialConnectTimeout: z.string().optional(),
    seeds: z.array(z.string()).optional(),
    nodeConnections: z.number().int().optional(),
    connectedNodesCount: z.number().int().optional(),
    maxConnectionsPerCluster: z.number().int().optional(),
    proxyAddress: z.string().optional(),
    serverName: z.string().optional(),
    proxySocketConnections: z.number().int().optional(),
    connectedSocketsCount: z.number().int().optional(),
    maxProxySocketConnections: z.number().int().optional(),
    transportCompress: z.union([z.boolean(), z.literal('indexing_data')]).optional(),
    transportCompressionScheme: z.string().optional(),
    transportPingSchedule: z.string().optional(),
    settingsVersion: z.string().describe('Send it back on update to get 409 if the settings changed since this read.'),
  })
  .meta({
    description: "One remote cluster, with Kibana's field names and real booleans and numbers.",
    examples: [
      {
        name: 'sandbox-remote',
        mode: 'sniff',
        isConnected: true,
        securityModel: 'api_key',
        isConfiguredByNode: false,
        settingsSource: 'persistent',
        skipUnavailable: true,
        initialConnectTimeout: '30s',
        seeds: ['127.0.0.1:9443'],
        nodeConnections: 3,
        connectedNodesCount: 1,
        maxConnectionsPerCluster: 3,
        transportPingSchedule: '30s',
        settingsVersion: '9c1f03aa',
      },
    ],
  });

export const remoteClusterListSchema = z.array(remoteClusterSchema);

export const deleteResultSchema = z
  .object({
    itemsDeleted: z.array(z.string()),
    errors: z.array(z.object({ name: z.string(), error: itemErrorSchema })),
  })
  .meta({
    description: 'Always 200: what was deleted, and why the rest was not.',
    examples: [
      {
        itemsDeleted: ['old-remote'],
        errors: [
          {
            name: 'missing',
            error: {
              status: 404,
              payload: { message: 'There is no remote cluster with that name.' },
              options: { statusCode: 404, body: { message: 'There is no remote cluster with that name.' } },
            },
          },
        ],
      },
    ],
  });

const findingSchema = z.object({
  id: z.enum(FINDING_IDS),
  severity: z.enum(['ok', 'info', 'warning', 'error']),
  title: z.string(),
  evidence: z.string().describe('The field and value read from the local cluster.'),
  fix: z.string().optional(),
});

export const diagnosisSchema = z
  .object({
    name: z.string(),
    status: z.enum(['ok', 'failing']),
    isConnected: z.boolean(),
    securityModel: z.enum(['api_key', 'certificate']),
    findings: z.array(findingSchema),
  })
  .meta({
    description: 'Read-only findings for one remote; failing when any finding is an error.',
    examples: [
      {
        name: 'sandbox-remote',
        status: 'ok',
        isConnected: true,
        securityModel: 'api_key',
        findings: [
          { id: 'connection', severity: 'ok', title: 'Connected', evidence: '_remote/info: connected: true (1 nodes)' },
        ],
      },
    ],
  });
