// Talks to the sandbox's local Elasticsearch directly: the baseline the console is compared with (the list's
// three reads, made as the console makes them), the bench_ remotes each scenario needs, and the per-route
// request counters that tell how often Elasticsearch was really asked (scenario 3).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_PREFIX = 'bench_';

/** The list's three reads, exactly as lib/server/remote-clusters/fetch-state.ts sends them. */
export const LIST_READS = {
  settings:
    '/_cluster/settings?include_defaults=true' +
    '&filter_path=persistent.cluster.remote,transient.cluster.remote,defaults.cluster.remote',
  remoteInfo: '/_remote/info',
  resolveCluster: '/_resolve/cluster/*:rcc-connection-check?timeout=2s&ignore_unavailable=true',
};

/**
 * How Elasticsearch's _nodes/stats/http names each read's route (checked on 9.5.4: _remote/info has no leading slash).
 */
export const ROUTES = {
  settings: '/_cluster/settings',
  remoteInfo: '/_remote/info',
  resolveCluster: '/_resolve/cluster/{name}',
  hasPrivileges: '/_security/user/_has_privileges',
};

export function sandboxSettings(env = process.env) {
  const dir = env.SANDBOX_DIR ?? '/var/tmp/rcc-sandbox';
  const configFile = join(dir, 'console.config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const cluster = config.clusters.find((c) => c.id === (config.defaultClusterId ?? config.clusters[0].id));
  const password = env.SANDBOX_PASSWORD ?? 'sandbox-elastic';
  return {
    dir,
    configFile,
    clusterId: cluster.id,
    esUrl: cluster.url,
    username: 'elastic',
    password,
    authorization: `Basic ${Buffer.from(`elastic:${password}`).toString('base64')}`,
  };
}

export function esClient({ esUrl, authorization }) {
  // Node's global fetch keeps connections alive by default (undici's global Agent); reading every body to
  // the end is what lets a connection go back to the pool.
  async function request(method, path, body) {
    const response = await fetch(esUrl + path, {
      method,
      headers: { authorization, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    return text;
  }
  const json = async (method, path, body) => JSON.parse(await request(method, path, body));

  return {
    request,
    json,
    /** The console's list read, minus the console: the three calls in parallel, bodies read and parsed. */
    async listReads() {
      const bodies = await Promise.all(Object.values(LIST_READS).map((path) => request('GET', path)));
      return bodies.map((text) => JSON.parse(text));
    },
    /** One PUT for all remotes, as the brief asks: 200 aliases are a single cluster-state update. */
    async putRemotes(remotes) {
      const persistent = {};
      for (const [alias, settings] of Object.entries(remotes)) {
        if (!alias.startsWith(BENCH_PREFIX)) throw new Error(`refusing to touch non-bench alias ${alias}`);
        for (const [key, value] of Object.entries(settings)) persistent[`cluster.remote.${alias}.${key}`] = value;
      }
      await json('PUT', '/_cluster/settings', { persistent });
    },
    /** Nulls every persistent and transient cluster.remote.bench_* key that exists now, whoever set it. */
    async removeBenchRemotes() {
      const current = await json('GET', '/_cluster/settings?flat_settings=true');
      const update = { persistent: {}, transient: {} };
      for (const scope of ['persistent', 'transient']) {
        for (const key of Object.keys(current[scope] ?? {})) {
          if (key.startsWith(`cluster.remote.${BENCH_PREFIX}`)) update[scope][key] = null;
        }
      }
      const count = Object.keys(update.persistent).length + Object.keys(update.transient).length;
      if (count > 0) await json('PUT', '/_cluster/settings', update);
      return count;
    },
    async benchAliases() {
      const info = await json('GET', '/_remote/info');
      return Object.keys(info).filter((alias) => alias.startsWith(BENCH_PREFIX));
    },
    /** The local node's heap use, in percent of its maximum (the sandbox runs with a small heap). */
    async heapUsedPercent() {
      const stats = await json('GET', '/_nodes/_local/stats/jvm?filter_path=nodes.*.jvm.mem.heap_used_percent');
      return Object.values(stats.nodes)[0].jvm.mem.heap_used_percent;
    },
    /** Request counts per route, summed over the cluster's nodes (ES 8.11+). */
    async routeCounts() {
      const stats = await json('GET', '/_nodes/stats/http?filter_path=nodes.*.http.routes.*.requests.count');
      const counts = {};
      for (const node of Object.values(stats.nodes ?? {})) {
        for (const [route, value] of Object.entries(node.http?.routes ?? {})) {
          const key = route.startsWith('/') ? route : `/${route}`;
          counts[key] = (counts[key] ?? 0) + (value.requests?.count ?? 0);
        }
      }
      return counts;
    },
  };
}
