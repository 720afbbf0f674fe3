import 'server-only';
import type { ConsoleConfig, RegisteredCluster } from '@/lib/config/schema';
import { loadConfig } from './load-config';
import { nodeConfigSources } from './node-sources';

let cached: ConsoleConfig | undefined;

/** The validated configuration; the first call (at server start, see instrumentation.ts) stops on errors. */
export function getConfig(): ConsoleConfig {
  cached ??= loadConfig(nodeConfigSources());
  return cached;
}

export function findCluster(id: string): RegisteredCluster | undefined {
  return getConfig().clusters.find((cluster) => cluster.id === id);
}

export function defaultCluster(): RegisteredCluster {
  const config = getConfig();
  const cluster = findCluster(config.defaultClusterId) ?? config.clusters[0];
  if (!cluster) throw new Error('no cluster is registered');
  return cluster;
}
