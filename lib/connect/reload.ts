import type { z } from 'zod';
import type { reloadResultSchema } from '@/lib/openapi/models/connect';
import { credentialsSettingName } from '@/lib/cross-cluster-api-keys/keystore-commands';
import { ruleLimit, type AppliedRule } from '@/lib/version-rules';

// The per-node outcome of POST _nodes/reload_secure_settings, reshaped for people and tools: which node
// reloaded, which failed and why, and whether each node's keystore holds a given remote's credentials.

export interface RawReloadResponse {
  _nodes?: { total?: number; successful?: number; failed?: number; failures?: { reason?: { reason?: string } }[] };
  cluster_name?: string;
  nodes?: Record<
    string,
    { name?: string; reload_exception?: { type?: string; reason?: string }; secure_setting_names?: string[] }
  >;
}

export interface NodeReload {
  id: string;
  name: string;
  reloaded: boolean;
  error?: string;
  /** Names of the secure settings the node's keystore holds (Elasticsearch 9.x reports them; older versions do not). */
  secureSettingNames?: string[];
}

export type ReloadResult = z.output<typeof reloadResultSchema>;

/** `version`: the cluster's (oldest node's) version, for the rules that apply to the reload. */
export function reshapeReload(raw: RawReloadResponse, version: string | null = null): ReloadResult {
  const nodes = Object.entries(raw.nodes ?? {}).map(([id, node]): NodeReload => ({
    id,
    name: node.name ?? id,
    reloaded: !node.reload_exception,
    ...(node.reload_exception
      ? { error: node.reload_exception.reason ?? node.reload_exception.type ?? 'unknown error' }
      : {}),
    ...(node.secure_setting_names ? { secureSettingNames: [...node.secure_setting_names].sort() } : {}),
  }));
  return {
    clusterName: raw.cluster_name ?? null,
    nodes,
    failedNodes: nodes.filter((node) => !node.reloaded).map((node) => node.name),
    otherFailures: (raw._nodes?.failures ?? []).map((failure) => failure.reason?.reason ?? 'a node did not answer'),
    limits: [
      ruleLimit('credentials_reload', 'this cluster', version),
      ruleLimit('reload_setting_names', 'this cluster', version),
    ].filter((limit): limit is AppliedRule => limit !== null),
  };
}

/** Nodes whose keystore is known not to hold the alias's credentials (unknown when Elasticsearch does not say). */
export function nodesMissingCredentials(result: ReloadResult, alias: string): string[] | null {
  if (result.nodes.length === 0 || result.nodes.some((node) => node.secureSettingNames === undefined)) return null;
  const name = credentialsSettingName(alias);
  return result.nodes.filter((node) => !node.secureSettingNames?.includes(name)).map((node) => node.name);
}
