import { consoleConfigSchema, type ConsoleConfig } from '@/lib/config/schema';

/** Where each configuration value comes from, so an error names what the operator must fix. */
export interface ConfigSources {
  env: Record<string, string | undefined>;
  readFile: (path: string) => string;
  isReadable: (path: string) => boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The console's configuration is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_SESSION_SECONDS = 8 * 60 * 60;
const DEFAULT_REFRESH_SECONDS = 10;
const DEFAULT_LIVE_CHECK_SECONDS = 2;

function numberOr(value: string | undefined, fallback: number): number {
  return value === undefined || value === '' ? fallback : Number(value);
}

/** A comma-separated variable; blanks around and between the commas are ignored. */
function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Reads the configuration from the environment: the cluster registry from the JSON file named by
 * RCC_CONFIG_FILE, or a single cluster from RCC_ES_URL; the session secret and public URL from
 * next-auth's own variables so next-auth and the console never disagree.
 */
export function loadConfig({ env, readFile, isReadable }: ConfigSources): ConsoleConfig {
  const problems: string[] = [];
  const fileName = env.RCC_CONFIG_FILE;
  let fromFile: { clusters?: unknown; defaultClusterId?: unknown } = {};
  if (fileName) {
    try {
      fromFile = JSON.parse(readFile(fileName)) as typeof fromFile;
    } catch (error) {
      problems.push(`RCC_CONFIG_FILE (${fileName}): cannot be read as JSON: ${(error as Error).message}`);
    }
  }
  const singleCluster = env.RCC_ES_URL
    ? [
        {
          id: 'local',
          displayName: env.RCC_ES_NAME ?? 'Elasticsearch',
          url: env.RCC_ES_URL,
          caFile: env.RCC_ES_CA_FILE,
        },
      ]
    : undefined;
  if (!fileName && !singleCluster) {
    problems.push('RCC_CONFIG_FILE or RCC_ES_URL: one of them must be set to say which cluster(s) the console manages');
  }
  const maxAge = env.RCC_SESSION_MAX_AGE_SECONDS;
  const raw = {
    clusters: fileName ? fromFile.clusters : singleCluster,
    defaultClusterId: fileName ? fromFile.defaultClusterId : 'local',
    sessionSecret: env.NEXTAUTH_SECRET,
    publicUrl: env.NEXTAUTH_URL,
    sessionMaxAgeSeconds: numberOr(maxAge, DEFAULT_SESSION_SECONDS),
    refreshIntervalSeconds: numberOr(env.RCC_REFRESH_INTERVAL_SECONDS, DEFAULT_REFRESH_SECONDS),
    liveCheckTimeoutSeconds: numberOr(env.RCC_LIVE_CHECK_TIMEOUT_SECONDS, DEFAULT_LIVE_CHECK_SECONDS),
    embedAllowedOrigins: listOf(env.RCC_EMBED_ALLOWED_ORIGINS),
  };
  if (problems.length > 0) throw new ConfigError(problems);

  const parsed = consoleConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${describePath(issue.path, fileName)}: ${issue.message}`),
    );
  }
  const config = parsed.data;
  config.clusters.forEach((cluster, index) => {
    if (cluster.caFile && !isReadable(cluster.caFile)) {
      problems.push(`${describePath(['clusters', index, 'caFile'], fileName)}: ${cluster.caFile} cannot be read`);
    }
  });
  if (problems.length > 0) throw new ConfigError(problems);
  const first = config.clusters[0];
  return { ...config, defaultClusterId: config.defaultClusterId ?? (first ? first.id : 'local') };
}

const VARIABLE_BY_FIELD: Record<string, string> = {
  sessionSecret: 'NEXTAUTH_SECRET',
  publicUrl: 'NEXTAUTH_URL',
  sessionMaxAgeSeconds: 'RCC_SESSION_MAX_AGE_SECONDS',
  refreshIntervalSeconds: 'RCC_REFRESH_INTERVAL_SECONDS',
  liveCheckTimeoutSeconds: 'RCC_LIVE_CHECK_TIMEOUT_SECONDS',
  embedAllowedOrigins: 'RCC_EMBED_ALLOWED_ORIGINS',
};
const SINGLE_CLUSTER_VARIABLE: Record<string, string> = {
  url: 'RCC_ES_URL',
  displayName: 'RCC_ES_NAME',
  caFile: 'RCC_ES_CA_FILE',
};

function describePath(path: PropertyKey[], fileName: string | undefined): string {
  const [head, index, field] = path.map(String);
  if (head && VARIABLE_BY_FIELD[head]) return VARIABLE_BY_FIELD[head];
  if (head === 'clusters' && !fileName && field && SINGLE_CLUSTER_VARIABLE[field])
    return SINGLE_CLUSTER_VARIABLE[field];
  const dotted =
    head === 'clusters' && index !== undefined ? `clusters[${index}]${field ? `.${field}` : ''}` : path.join('.');
  return fileName ? `RCC_CONFIG_FILE (${fileName}) ${dotted}` : dotted;
}
