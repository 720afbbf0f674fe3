import { z } from 'zod';
import { deploymentSchema } from '@/lib/deployments/schema';

/** An http(s) URL without embedded credentials; one check so later rules never see an unparsable value. */
function httpUrl(invalidMessage: string, { allowCredentials = false } = {}) {
  return z.string().superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: invalidMessage });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      ctx.addIssue({ code: 'custom', message: 'must start with http:// or https://' });
    } else if (!allowCredentials && (url.username || url.password)) {
      ctx.addIssue({ code: 'custom', message: 'must not contain a user or password' });
    }
  });
}

/** One Elasticsearch cluster the console knows. People sign in to it themselves; no credentials live here. */
export const registeredClusterSchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9_-]{0,62}$/,
      'must be 1-63 lowercase letters, digits, "_" or "-", starting with a letter or digit',
    ),
  displayName: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  url: httpUrl('must be a URL such as https://es.example.com:9200'),
  caFile: z.string().min(1, 'must be a path to a PEM file').optional(),
  /** Where it runs; without it the console guesses from nodes info and says it is a guess. */
  deployment: deploymentSchema.optional(),
});
export type RegisteredCluster = z.infer<typeof registeredClusterSchema>;

/**
 * A web origin a portal embeds the console from: scheme, host and optional port, nothing else. Exact origins only:
 * the browser's postMessage needs the parent's exact origin, and CSP frame-ancestors must name the same list.
 */
export const embedOriginSchema = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not an origin such as https://portal.example.com` });
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `"${value}" must start with http:// or https://` });
  } else if (url.username || url.password || url.search || url.hash || url.pathname !== '/' || value.includes('*')) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" must be an origin only (scheme, host, optional port), such as https://portal.example.com`,
    });
  } else if (value.replace(/\/$/, '') !== url.origin) {
    ctx.addIssue({ code: 'custom', message: `"${value}" must be written as its origin: ${url.origin}` });
  }
});

export const MAX_EMBED_ORIGINS = 20;

const MIN_SESSION_SECONDS = 5 * 60;
const MAX_SESSION_SECONDS = 7 * 24 * 60 * 60;

export const consoleConfigSchema = z
  .object({
    clusters: z
      .array(registeredClusterSchema)
      .min(1, 'must register at least one cluster')
      .max(50, 'must register at most 50 clusters'),
    defaultClusterId: z.string().optional(),
    sessionSecret: z.string().min(32, 'must be at least 32 characters (generate one with: openssl rand -base64 32)'),
    publicUrl: httpUrl('must be the URL people open, such as https://console.example.com'),
    sessionMaxAgeSeconds: z
      .number()
      .int('must be a whole number of seconds')
      .min(MIN_SESSION_SECONDS, `must be at least ${MIN_SESSION_SECONDS} seconds`)
      .max(MAX_SESSION_SECONDS, `must be at most ${MAX_SESSION_SECONDS} seconds (7 days)`),
    /** How often pages poll live state; the server also reuses a read this recent for other callers. */
    refreshIntervalSeconds: z
      .number()
      .int('must be a whole number of seconds')
      .min(2, 'must be at least 2 seconds')
      .max(3600, 'must be at most 3600 seconds'),
    /** The per-request limit of the remote clusters' live connection check. */
    liveCheckTimeoutSeconds: z
      .number()
      .int('must be a whole number of seconds')
      .min(1, 'must be at least 1 second')
      .max(30, 'must be at most 30 seconds'),
    /**
     * Portal origins allowed to frame the console (CSP frame-ancestors) and to receive its postMessage; none by
     * default.
     */
    embedAllowedOrigins: z
      .array(embedOriginSchema)
      .max(MAX_EMBED_ORIGINS, `must list at most ${MAX_EMBED_ORIGINS} origins`)
      .transform((origins) => [...new Set(origins.map((origin) => new URL(origin).origin))]),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.clusters.forEach((cluster, index) => {
      if (seen.has(cluster.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['clusters', index, 'id'],
          message: `"${cluster.id}" is registered twice`,
        });
      }
      seen.add(cluster.id);
    });
    if (config.defaultClusterId !== undefined && !seen.has(config.defaultClusterId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultClusterId'],
        message: `"${config.defaultClusterId}" is not one of the registered clusters (${[...seen].join(', ')})`,
      });
    }
  });

export type ConsoleConfigInput = z.input<typeof consoleConfigSchema>;

export interface ConsoleConfig extends z.infer<typeof consoleConfigSchema> {
  defaultClusterId: string;
}
