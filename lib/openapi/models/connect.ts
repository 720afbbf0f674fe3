import { z } from 'zod';
import { appliedRuleSchema } from './common';

const licenceSchema = z.object({ type: z.string(), status: z.string() });

export const clusterFactsSchema = z.object({
  version: z.string().nullable(),
  licence: licenceSchema.nullable(),
  nodes: z.array(z.object({ name: z.string(), remoteClusterServer: z.string().nullable() })).nullable(),
  remoteClusterClientSsl: z.boolean().nullable(),
  trustedCaSubjects: z.array(z.string()).nullable(),
  presentedCertificateIssuers: z.array(z.string()).nullable(),
  unreadable: z.string().optional(),
});

export const readinessCheckSchema = z.object({
  id: z.string(),
  side: z.enum(['local', 'remote']),
  state: z.enum(['pass', 'warn', 'fail', 'unknown']),
  title: z.string(),
  explanation: z.string(),
  fix: z.string().optional(),
});

export const readinessReportSchema = z
  .object({
    local: clusterFactsSchema,
    remote: clusterFactsSchema.nullable().describe('null without ?remote=.'),
    remoteSignedIn: z.boolean().describe("Whether the remote could be read with the caller's sign-in there."),
    checks: z.array(readinessCheckSchema),
  })
  .meta({
    description: 'Whether two clusters can use the API-key model, with the facts read.',
    examples: [
      {
        local: {
          version: '9.5.4',
          licence: { type: 'trial', status: 'active' },
          nodes: [{ name: 'local-0', remoteClusterServer: null }],
          remoteClusterClientSsl: true,
          trustedCaSubjects: ['CN=Sandbox CA'],
          presentedCertificateIssuers: [],
        },
        remote: null,
        remoteSignedIn: false,
        checks: [
          {
            id: 'local_licence',
            side: 'local',
            state: 'pass',
            title: 'Licence allows the API-key model (local)',
            explanation: 'Licence trial (active).',
          },
        ],
      },
    ],
  });

export const reloadResultSchema = z
  .object({
    clusterName: z.string().nullable(),
    nodes: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        reloaded: z.boolean(),
        error: z.string().optional(),
        secureSettingNames: z.array(z.string()).optional(),
      }),
    ),
    failedNodes: z.array(z.string()),
    otherFailures: z.array(z.string()),
    limits: z.array(appliedRuleSchema),
  })
  .meta({
    description: 'The outcome of reloading secure settings on every node.',
    examples: [
      {
        clusterName: 'local',
        nodes: [{ id: 'x1', name: 'local-0', reloaded: true, secureSettingNames: ['cluster.remote.prod.credentials'] }],
        failedNodes: [],
        otherFailures: [],
        limits: [],
      },
    ],
  });
