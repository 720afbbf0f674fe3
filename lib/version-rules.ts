import { compareVersions } from '@/lib/versions';

// Every Elasticsearch version rule the console applies, in one place, each with the first version that has
// the feature and the words administrators see where it applies. Sources: Elastic's documentation (remote
// clusters, cross-cluster search, security APIs) and the Elasticsearch changes cited beside each rule.

export type VersionRuleId =
  | 'api_key_model'
  | 'api_key_model_ga'
  | 'credentials_reload'
  | 'resolve_cluster'
  | 'resolve_cluster_timeout'
  | 'remote_cluster_privileges'
  | 'monitor_stats'
  | 'role_description'
  | 'key_expiration_update'
  | 'reload_setting_names';

export interface VersionRule {
  id: VersionRuleId;
  /** The first version with the feature. */
  since: string;
  /** What needs it. */
  feature: string;
  /** What the console does, or what the administrator must do, on an older cluster. */
  older: string;
}

export const VERSION_RULES: Record<VersionRuleId, VersionRule> = {
  api_key_model: {
    id: 'api_key_model',
    since: '8.10.0',
    feature: 'The API-key security model (remote cluster server, cross-cluster API keys, remote_indices)',
    older: 'Upgrade every node of both clusters to 8.10 or later, or connect them with the certificate model.',
  },
  api_key_model_ga: {
    id: 'api_key_model_ga',
    since: '8.14.0',
    feature: 'The API-key security model as generally available (beta from 8.10 to 8.13)',
    older: "It works, as a beta feature; Elastic's documentation now asks for 8.14 or later on both clusters.",
  },
  // Reloadable cross-cluster credentials: elastic/elasticsearch#102798.
  credentials_reload: {
    id: 'credentials_reload',
    since: '8.13.0',
    feature: 'Reloading cluster.remote.<alias>.credentials without a restart',
    older: 'Restart every node after adding the key to its keystore: a reload does not pick it up before 8.13.',
  },
  resolve_cluster: {
    id: 'resolve_cluster',
    since: '8.13.0',
    feature: 'GET _resolve/cluster (the live connection check)',
    older:
      'The console relies on _remote/info alone, which does not ' +
      'make Elasticsearch try to reconnect; a test search does.',
  },
  resolve_cluster_timeout: {
    id: 'resolve_cluster_timeout',
    since: '8.18.0',
    feature: 'The timeout of GET _resolve/cluster',
    older:
      'Without a timeout one unreachable remote would hold the answer, ' +
      'so the console checks connections with _remote/info only.',
  },
  remote_cluster_privileges: {
    id: 'remote_cluster_privileges',
    since: '8.15.0',
    feature: 'The remote_cluster field of roles (monitor_enrich)',
    older: 'Leave remote_cluster out: the cluster refuses the field.',
  },
  monitor_stats: {
    id: 'monitor_stats',
    since: '8.17.0',
    feature: 'The monitor_stats remote cluster privilege',
    older: 'Only monitor_enrich is available under remote_cluster.',
  },
  // Role descriptions: elastic/elasticsearch#107088.
  role_description: {
    id: 'role_description',
    since: '8.15.0',
    feature: 'The description field of roles',
    older: 'Leave the description empty: the cluster refuses the field.',
  },
  key_expiration_update: {
    id: 'key_expiration_update',
    since: '8.13.0',
    feature: "Changing a cross-cluster API key's expiration",
    older: 'Create a new key with the expiration you want and invalidate the old one.',
  },
  // Per-node keystore names in the reload answer: elastic/elasticsearch#138052.
  reload_setting_names: {
    id: 'reload_setting_names',
    since: '9.3.0',
    feature: "Listing each node's keystore setting names in the reload answer",
    older: 'The console cannot tell which nodes hold the key; the verify step proves it.',
  },
};

/** true / false for a known version, null when the version is not known (the caller could not read it). */
export function meets(version: string | null | undefined, rule: VersionRuleId): boolean | null {
  if (!version) return null;
  return compareVersions(version, VERSION_RULES[rule].since) >= 0;
}

/** "8.13" from "8.13.0", for sentences. */
export function shortVersion(version: string): string {
  return version.replace(/\.0$/, '');
}

/** The sentence for a cluster that misses a rule: what needs which version, what this one runs, what to do. */
export function ruleMessage(rule: VersionRuleId, clusterLabel: string, version: string): string {
  const { feature, since, older } = VERSION_RULES[rule];
  return `${feature} needs Elasticsearch ${shortVersion(since)} or later; ${clusterLabel} runs ${version}. ${older}`;
}

/** One rule as it applies to one cluster, in a REST answer. */
export interface AppliedRule {
  rule: VersionRuleId;
  since: string;
  clusterVersion: string;
  message: string;
}

/** The rule as applied, when the cluster's version is known to be older; null when it meets it or is unknown. */
export function ruleLimit(
  rule: VersionRuleId,
  clusterLabel: string,
  version: string | null | undefined,
): AppliedRule | null {
  if (!version || meets(version, rule) !== false) return null;
  return {
    rule,
    since: VERSION_RULES[rule].since,
    clusterVersion: version,
    message: ruleMessage(rule, clusterLabel, version),
  };
}
