import type { estypes } from '@elastic/elasticsearch';
import type { AliasSettings } from './settings';

// What Elasticsearch says about the remotes, as read: the raw material deserialize.ts and the reasons work from.

// The client's type lacks cluster_credentials, which _remote/info shows (redacted) for API-key remotes.
export type RemoteInfoEntry = estypes.ClusterRemoteInfoClusterRemoteInfo & { cluster_credentials?: string };
export type ResolveClusterEntry = estypes.IndicesResolveClusterResolveClusterInfo;

/** Everything Elasticsearch says about one alias, from the three reads behind the list. */
export interface RemoteClusterSources {
  /** _remote/info: absent when the alias has settings but no seeds or proxy address (an incomplete definition). */
  info?: RemoteInfoEntry;
  persistent?: AliasSettings;
  transient?: AliasSettings;
  /** From elasticsearch.yml (the "defaults" of _cluster/settings?include_defaults). */
  node?: AliasSettings;
  /** The live check: an answer, or why there is none. */
  liveCheck?: { entry: ResolveClusterEntry } | { timedOutAfter: string } | { unavailable: string };
}
