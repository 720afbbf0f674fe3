import { z } from 'zod';
import { closedObject } from '@/lib/validation/closed-object';
import { DEFAULT_CLOUD_REF_ID, DEPLOYMENT_TYPES } from './types';

// Where a cluster runs decides every instruction the console gives for it: self-managed nodes take elasticsearch.yml
// and shell commands, ECK takes changes to its Elasticsearch resource and Kubernetes Secrets, Elastic Cloud Hosted
// (ECH) and Elastic Cloud Enterprise (ECE) take Cloud API requests or their console's Security page. One schema for
// the registry, the connection plan's body and the wizard's form.

// The types and their labels need no zod: pages that only name a deployment type import them from there.
export { DEFAULT_CLOUD_REF_ID, DEPLOYMENT_TYPE_LABELS, DEPLOYMENT_TYPES, type DeploymentType } from './types';

// Kubernetes object names and namespaces (RFC 1123 labels): they go into kubectl commands and manifests.
const kubernetesName = (what: string) =>
  z
    .string({ error: 'is required' })
    .max(63, 'must be at most 63 characters')
    .regex(
      /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
      `must be a Kubernetes ${what}: lowercase letters, digits and "-", starting and ending with a letter or digit`,
    );

const cloudDeploymentId = z
  .string({ error: 'is required' })
  .regex(/^[a-f0-9]{32}$/, "must be the deployment's id: 32 lowercase hexadecimal characters");

const cloudRefId = z
  .string({ error: 'must be a text' })
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, `must be a resource ref id such as ${DEFAULT_CLOUD_REF_ID}`);

const eckVersion = z
  .string({ error: 'must be a text' })
  .regex(/^\d{1,3}\.\d{1,3}(\.\d{1,3})?$/, 'must be an ECK version such as 3.2.0');

const eceApiUrl = z.string({ error: 'must be a text' }).superRefine((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || url.protocol !== 'https:' || url.username || url.password || url.search || url.hash) {
    ctx.addIssue({ code: 'custom', message: 'must be the ECE API address, such as https://ece.example.com:12443' });
  }
});

const CLOSED = {
  typeError: 'must be an object such as {"type": "self-managed"}',
  unknownKeyMessage: 'is not a field of this deployment type',
};

export const deploymentSchema = z.discriminatedUnion(
  'type',
  [
    closedObject({ type: z.literal('self-managed') }, CLOSED),
    closedObject(
      {
        type: z.literal('eck'),
        name: kubernetesName('resource name'),
        namespace: kubernetesName('namespace'),
        eckVersion: eckVersion.optional(),
      },
      CLOSED,
    ),
    closedObject({ type: z.literal('ech'), deploymentId: cloudDeploymentId, refId: cloudRefId.optional() }, CLOSED),
    closedObject(
      {
        type: z.literal('ece'),
        deploymentId: cloudDeploymentId,
        refId: cloudRefId.optional(),
        apiUrl: eceApiUrl.optional(),
      },
      CLOSED,
    ),
  ],
  { error: `must have a type: ${DEPLOYMENT_TYPES.join(', ')}` },
);

export type Deployment = z.output<typeof deploymentSchema>;
export type EckDeployment = Extract<Deployment, { type: 'eck' }>;
export type CloudDeployment = Extract<Deployment, { type: 'ech' | 'ece' }>;
