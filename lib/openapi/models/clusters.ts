import { z } from 'zod';
import { deploymentViewSchema } from './connection-plan';

export const registeredClusterViewSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  isDefault: z.boolean(),
  reachable: z.boolean(),
  signedIn: z
    .boolean()
    .describe('Whether this browser session holds a sign-in there (always false for Authorization-header callers).'),
  username: z.string().nullable(),
  version: z.string().nullable(),
  licence: z.object({ type: z.string(), status: z.string() }).nullable(),
  deployment: deploymentViewSchema
    .nullable()
    .describe('Where it runs, as the registry says; null when not configured.'),
});

export const registeredClusterListSchema = z.array(registeredClusterViewSchema).meta({
  examples: [
    [
      {
        id: 'local',
        displayName: 'Local',
        isDefault: true,
        reachable: true,
        signedIn: true,
        username: 'elastic',
        version: '9.5.4',
        licence: { type: 'trial', status: 'active' },
        deployment: null,
      },
    ],
  ],
});

export const healthSchema = z
  .object({
    status: z.literal('ok'),
    clusters: z.array(z.object({ id: z.string(), displayName: z.string(), reachable: z.boolean() })),
    signedIn: z
      .object({
        clusterId: z.string(),
        clusterName: z.string().nullable(),
        version: z.string().nullable(),
        health: z.string().nullable(),
      })
      .optional()
      .describe('Only with a session or an Authorization header: the cluster as the caller reads it.'),
  })
  .meta({ examples: [{ status: 'ok', clusters: [{ id: 'local', displayName: 'Local', reachable: true }] }] });

export const consoleSessionSchema = z
  .object({
    username: z.string(),
    fullName: z.string().nullable(),
    roles: z.array(z.string()),
    clusterId: z.string(),
    clusterDisplayName: z.string(),
    clusterName: z.string().nullable(),
    clusterVersion: z.string().nullable(),
    authMethod: z.enum(['api_key', 'password']),
    expiresAt: z.string(),
  })
  .meta({ description: 'The public view of a sign-in: identity and cluster, never credentials.' });

export const signedOutSchema = z.object({ signedOut: z.string().describe('The cluster id signed out of.') });
