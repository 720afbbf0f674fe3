import { z } from 'zod';
import { VERSION_RULES, type AppliedRule, type VersionRuleId } from '@/lib/version-rules';

// Shapes every route shares. The response models in this folder are the one source of the answers' types: the
// domain modules declare `type X = z.output<typeof xSchema>` (a type-only import, so no schema reaches the browser
// for it), and the OpenAPI document is generated from the same schemas.

/**
 * Kept for the one answer type that cannot come from its schema without an import cycle (AppliedRule: its rule
 * names come from VERSION_RULES, which lib/version-rules.ts owns). true when A and B are the same type, down to which
 * optional fields they have (mutual assignability alone would
 * not see a missing optional field); used as `const check: Same<A, B> = true` so drift fails the type check.
 */
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? SameKeys<A, B> : false) : false;

export const errorBodySchema = z
  .object({
    statusCode: z.number().int().describe('The HTTP status, repeated.'),
    error: z.string().describe('The status reason phrase, such as "Bad Request".'),
    message: z.string().describe("What went wrong; Elasticsearch's own reason when Elasticsearch refused the request."),
    attributes: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'fields: one message per invalid field (400); elasticsearch.type: the ' +
          'Elasticsearch error type; signInRequired: the cluster to sign in to (401).',
      ),
  })
  .meta({
    description:
      "The one error format of every route (Kibana's), with Elasticsearch's status and reason passed through.",
    examples: [
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid request: seeds.1: "10.0.0.256" is not a valid IPv4 address or DNS name',
        attributes: { fields: { 'seeds.1': '"10.0.0.256" is not a valid IPv4 address or DNS name' } },
      },
      {
        statusCode: 403,
        error: 'Forbidden',
        message: 'action [cluster:admin/settings/update] is unauthorized for user [viewer]',
        attributes: { elasticsearch: { type: 'security_exception' } },
      },
    ],
  });

/** One failure in a bulk answer (Kibana's delete contract). */
export const itemErrorSchema = z.object({
  status: z.number().int(),
  payload: z.object({ message: z.string() }),
  options: z
    .object({ statusCode: z.number().int(), body: z.object({ message: z.string() }) })
    .describe("Kibana's second copy of the status and message."),
});

export const acknowledgedSchema = z
  .object({ acknowledged: z.literal(true) })
  .meta({ examples: [{ acknowledged: true }] });

/** One Elasticsearch version rule as it applies to one cluster (lib/version-rules.ts). */
export const appliedRuleSchema = z
  .object({
    rule: z.enum(Object.keys(VERSION_RULES) as [VersionRuleId, ...VersionRuleId[]]),
    since: z.string().describe('The first Elasticsearch version with the feature.'),
    clusterVersion: z.string().describe("The cluster's (oldest node's) version."),
    message: z
      .string()
      .describe(
        'What needs which version, what the cluster runs, and what the console or the administrator does instead.',
      ),
  })
  .meta({ description: 'An Elasticsearch version rule that limits what the console can do on this cluster.' });
export const appliedRuleChecks: [Same<z.output<typeof appliedRuleSchema>, AppliedRule>] = [true];
