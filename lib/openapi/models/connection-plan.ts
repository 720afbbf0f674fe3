import { z } from 'zod';

// The answer of POST /api/clusters/{id}/connection_plan, as documented and as the recorder checks it.

export const deploymentViewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('self-managed') }),
  z.object({ type: z.literal('eck'), name: z.string(), namespace: z.string(), eckVersion: z.string().optional() }),
  z.object({ type: z.literal('ech'), deploymentId: z.string(), refId: z.string().optional() }),
  z.object({
    type: z.literal('ece'),
    deploymentId: z.string(),
    refId: z.string().optional(),
    apiUrl: z.string().optional(),
  }),
]);

const planSideSchema = z.object({
  deployment: deploymentViewSchema,
  source: z
    .enum(['request', 'registry', 'guess', 'assumed'])
    .describe(
      'Where the description came from; "guess" is read from nodes info, "assumed" is self-managed by default.',
    ),
  evidence: z.string().optional().describe('What the guess is based on.'),
  clusterId: z.string().optional(),
});

const textArtifact = z.object({
  kind: z.enum(['elasticsearch-yml', 'shell', 'kubernetes-manifest']),
  title: z.string(),
  content: z.string().describe('The text to apply; a kubernetes-manifest is YAML, one or more documents.'),
});

const cloudArtifact = z.object({
  kind: z.literal('cloud-api-request'),
  title: z.string(),
  content: z.object({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    path: z.string().describe('From /api/v1/...'),
    body: z.unknown().optional(),
    api: z.enum(['ech', 'ece']),
    baseUrl: z.string(),
  }),
});

const settingsArtifact = z.object({
  kind: z.literal('cluster-settings'),
  title: z.string(),
  content: z
    .object({ persistent: z.record(z.string(), z.unknown()) })
    .describe('The exact body of PUT _cluster/settings.'),
});

const consoleArtifact = z.object({
  kind: z.literal('console-action'),
  title: z.string(),
  content: z.object({
    action: z.enum([
      'check-readiness',
      'create-cross-cluster-api-key',
      'reload-secure-settings',
      'register-remote',
      'verify-connection',
    ]),
    description: z.string(),
  }),
});

export const planStepSchema = z.object({
  id: z.string(),
  side: z.enum(['local', 'remote']),
  title: z.string(),
  why: z.string(),
  instructions: z.array(z.string()).optional().describe('Clicks in the Cloud or ECE console where no request does it.'),
  artifacts: z.array(z.discriminatedUnion('kind', [textArtifact, cloudArtifact, settingsArtifact, consoleArtifact])),
});

export const connectionPlanSchema = z
  .object({
    alias: z.string(),
    securityModel: z.enum(['api_key', 'certificate']),
    local: planSideSchema,
    remote: planSideSchema,
    keyPlaceholder: z
      .literal('<ENCODED_API_KEY>')
      .describe('Stands for the encoded key in artifacts; the browser replaces it on screen only.'),
    steps: z.array(planStepSchema),
  })
  .meta({ description: 'The ordered steps connecting the two clusters, each with its artifacts.' });
