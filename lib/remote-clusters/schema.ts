import { z } from 'zod';
import { MAX_NAME_LENGTH, nameCharactersProblem } from './name-rule';
import { addressError, isDnsName } from './address';

// One schema for the add/edit form and the REST routes: the browser shows these messages in place, and the
// server answers 400 with the same messages before anything reaches Elasticsearch.

export const MAX_SEEDS = 50;
export const MAX_CONNECTIONS = 1000;
const MAX_ADDRESS_LENGTH = 300;

// The rule's pieces are in name-rule.ts, which the browser can read without zod; this schema applies them for the
// server and the forms' whole-body checks (name-rule.test.ts proves the two agree).
export const remoteClusterNameSchema = z
  .string({ error: 'is required' })
  .min(1, 'is required')
  .max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`)
  .superRefine((name, ctx) => {
    const problem = nameCharactersProblem(name);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const remoteAddressSchema = z
  .string({ error: 'must be a string such as 10.0.0.1:9443' })
  .max(MAX_ADDRESS_LENGTH, `must be at most ${MAX_ADDRESS_LENGTH} characters`)
  .superRefine((value, ctx) => {
    const error = addressError(value);
    if (error) ctx.addIssue({ code: 'custom', message: error });
  });

export const serverNameSchema = z
  .string({ error: 'must be a string' })
  .max(253, 'must be at most 253 characters')
  .refine(isDnsName, 'must be a DNS name such as es.example.com');

const connections = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_CONNECTIONS, `must be at most ${MAX_CONNECTIONS}`);

// Kibana's client sends null for the fields of the other mode; null and absent mean the same here.
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

const connectionFields = {
  mode: z.enum(['sniff', 'proxy'], { error: 'must be "sniff" or "proxy"' }),
  seeds: optional(
    z
      .array(remoteAddressSchema, { error: 'must be a list of host:port addresses' })
      .max(MAX_SEEDS, `must have at most ${MAX_SEEDS} addresses`),
  ),
  nodeConnections: optional(connections),
  proxyAddress: optional(remoteAddressSchema),
  serverName: optional(serverNameSchema),
  proxySocketConnections: optional(connections),
  skipUnavailable: optional(z.boolean({ error: 'must be true or false' })),
  transportCompress: optional(
    z.union([z.boolean(), z.literal('indexing_data')], { error: 'must be true, false or "indexing_data"' }),
  ),
  transportPingSchedule: optional(
    z
      .string({ error: 'must be a time such as 30s' })
      .regex(/^(-1|0|[1-9]\d{0,8}(d|h|m|s|ms|micros|nanos))$/, 'must be a time such as 30s or 5m, or -1 to disable'),
  ),
  /** Accepted for Kibana compatibility and used by the form's guidance; Elasticsearch decides the real model. */
  securityModel: optional(z.enum(['api_key', 'certificate'], { error: 'must be "api_key" or "certificate"' })),
  settingsVersion: optional(z.string().max(64, 'must be at most 64 characters')),
};

function requireModeFields(value: { mode: string; seeds?: string[]; proxyAddress?: string }, ctx: z.RefinementCtx) {
  if (value.mode === 'sniff') {
    // Zod 4 runs this even when a field failed its own check, so the shapes are not guaranteed here.
    if (!Array.isArray(value.seeds) || value.seeds.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['seeds'], message: 'must have at least one address in sniff mode' });
    } else {
      const seen = new Set<string>();
      value.seeds.forEach((seed, index) => {
        if (seen.has(seed))
          ctx.addIssue({ code: 'custom', path: ['seeds', index], message: `"${seed}" is listed twice` });
        seen.add(seed);
      });
    }
  } else if (!value.proxyAddress) {
    ctx.addIssue({ code: 'custom', path: ['proxyAddress'], message: 'is required in proxy mode' });
  }
}

export const remoteClusterUpdateSchema = z.object(connectionFields).superRefine(requireModeFields);
export const remoteClusterCreateSchema = z
  .object({ name: remoteClusterNameSchema, ...connectionFields })
  .superRefine(requireModeFields);

export type RemoteClusterUpdate = z.output<typeof remoteClusterUpdateSchema>;
export type RemoteClusterCreate = z.output<typeof remoteClusterCreateSchema>;
/** The form's values before validation (what a person has typed so far). */
export type RemoteClusterCreateInput = z.input<typeof remoteClusterCreateSchema>;
