import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type ConfigSources } from './load-config';

const SECRET = 'a'.repeat(32);
const validFile = JSON.stringify({
  clusters: [
    { id: 'local', displayName: 'Local', url: 'http://127.0.0.1:9200' },
    { id: 'remote', displayName: 'Remote', url: 'https://127.0.0.1:9201', caFile: '/certs/ca.crt' },
  ],
  defaultClusterId: 'local',
});

function sources(
  env: Record<string, string | undefined>,
  file = validFile,
  readable = ['/certs/ca.crt'],
): ConfigSources {
  return {
    env: { NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: 'http://localhost:3000', RCC_CONFIG_FILE: '/etc/rcc.json', ...env },
    readFile: () => file,
    isReadable: (path) => readable.includes(path),
  };
}

function problemsOf(config: ConfigSources): string[] {
  try {
    loadConfig(config);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('accepts a registry file with two clusters and a default session length of 8 hours', () => {
    const config = loadConfig(sources({}));
    expect(config.clusters.map((cluster) => cluster.id)).toEqual(['local', 'remote']);
    expect(config.defaultClusterId).toBe('local');
    expect(config.sessionMaxAgeSeconds).toBe(8 * 3600);
  });

  it('accepts a single cluster from RCC_ES_URL', () => {
    const config = loadConfig(
      sources({ RCC_CONFIG_FILE: undefined, RCC_ES_URL: 'https://es:9200', RCC_ES_NAME: 'Prod' }),
    );
    expect(config.clusters).toEqual([{ id: 'local', displayName: 'Prod', url: 'https://es:9200', caFile: undefined }]);
    expect(config.defaultClusterId).toBe('local');
  });

  it.each([
    ['no secret', { NEXTAUTH_SECRET: undefined }, 'NEXTAUTH_SECRET'],
    ['a short secret', { NEXTAUTH_SECRET: 'short' }, 'NEXTAUTH_SECRET: must be at least 32 characters'],
    ['no public URL', { NEXTAUTH_URL: undefined }, 'NEXTAUTH_URL'],
    ['a public URL without scheme', { NEXTAUTH_URL: 'console.example.com' }, 'NEXTAUTH_URL: must be the URL'],
    ['an ftp public URL', { NEXTAUTH_URL: 'ftp://console' }, 'NEXTAUTH_URL: must start with http:// or https://'],
    ['no cluster source', { RCC_CONFIG_FILE: undefined }, 'RCC_CONFIG_FILE or RCC_ES_URL'],
    ['a single-cluster URL that is not one', { RCC_CONFIG_FILE: undefined, RCC_ES_URL: 'es:9200' }, 'RCC_ES_URL'],
    [
      'credentials in a URL',
      { RCC_CONFIG_FILE: undefined, RCC_ES_URL: 'http://u:p@es:9200' },
      'RCC_ES_URL: must not contain a user or password',
    ],
    [
      'a session below 5 minutes',
      { RCC_SESSION_MAX_AGE_SECONDS: '60' },
      'RCC_SESSION_MAX_AGE_SECONDS: must be at least 300',
    ],
    ['a session length that is not a number', { RCC_SESSION_MAX_AGE_SECONDS: 'long' }, 'RCC_SESSION_MAX_AGE_SECONDS'],
  ])('refuses %s, naming the variable', (_case, env, expected) => {
    expect(problemsOf(sources(env)).join('\n')).toContain(expected);
  });

  it.each([
    ['broken JSON', '{', 'cannot be read as JSON'],
    ['no clusters', JSON.stringify({ clusters: [] }), 'clusters: must register at least one cluster'],
    [
      'an uppercase id',
      JSON.stringify({ clusters: [{ id: 'Local', displayName: 'L', url: 'http://a:1' }] }),
      'clusters[0].id: must be 1-63 lowercase',
    ],
    [
      'a duplicate id',
      JSON.stringify({
        clusters: [
          { id: 'a', displayName: 'A', url: 'http://a:1' },
          { id: 'a', displayName: 'B', url: 'http://b:1' },
        ],
      }),
      'clusters[1].id: "a" is registered twice',
    ],
    [
      'an unknown default',
      JSON.stringify({ clusters: [{ id: 'a', displayName: 'A', url: 'http://a:1' }], defaultClusterId: 'b' }),
      'defaultClusterId: "b" is not one of the registered clusters (a)',
    ],
    [
      'an empty display name',
      JSON.stringify({ clusters: [{ id: 'a', displayName: ' ', url: 'http://a:1' }] }),
      'clusters[0].displayName: must not be empty',
    ],
  ])('refuses a registry file with %s, naming the file and field', (_case, file, expected) => {
    const problems = problemsOf(sources({}, file)).join('\n');
    expect(problems).toContain('RCC_CONFIG_FILE (/etc/rcc.json)');
    expect(problems).toContain(expected);
  });

  it('refuses a CA file that cannot be read', () => {
    expect(problemsOf(sources({}, validFile, []))).toEqual([
      'RCC_CONFIG_FILE (/etc/rcc.json) clusters[1].caFile: /certs/ca.crt cannot be read',
    ]);
  });

  it('allows no embedding origin by default, and reads a comma-separated list as origins', () => {
    expect(loadConfig(sources({})).embedAllowedOrigins).toEqual([]);
    const config = loadConfig(
      sources({
        RCC_EMBED_ALLOWED_ORIGINS: ' https://portal.example.com, http://127.0.0.1:3102/ ,https://portal.example.com',
      }),
    );
    expect(config.embedAllowedOrigins).toEqual(['https://portal.example.com', 'http://127.0.0.1:3102']);
  });

  it.each([
    ['a wildcard', '*', 'is not an origin'],
    ['a subdomain wildcard', 'https://*.example.com', 'must be an origin only'],
    ['a path', 'https://portal.example.com/app', 'must be an origin only'],
    ['credentials', 'https://u:p@portal.example.com', 'must be an origin only'],
    ['another scheme', 'ftp://portal.example.com', 'must start with http:// or https://'],
    ['a host without scheme', 'portal.example.com', 'is not an origin'],
    [
      'an origin written differently',
      'https://Portal.Example.com:443',
      'must be written as its origin: https://portal.example.com',
    ],
  ])('refuses an embedding origin with %s, naming the variable', (_case, value, expected) => {
    const problems = problemsOf(sources({ RCC_EMBED_ALLOWED_ORIGINS: `https://ok.example.com,${value}` })).join('\n');
    expect(problems).toContain('RCC_EMBED_ALLOWED_ORIGINS');
    expect(problems).toContain(expected);
  });

  it('lists every problem at once, so one restart fixes them all', () => {
    expect(problemsOf(sources({ NEXTAUTH_SECRET: undefined, NEXTAUTH_URL: 'nope' }))).toHaveLength(2);
  });
});
