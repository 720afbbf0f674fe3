// What each access type of a cross-cluster API key carries on the remote, as Elasticsearch assigns it
// (CrossClusterApiKeyRoleDescriptorBuilder). One list each: the key forms' help, the role templates and the
// effective-access intersection all read it from here.

export const KEY_SEARCH_PRIVILEGES: readonly string[] = ['read', 'read_cross_cluster', 'view_index_metadata'];
export const KEY_REPLICATION_PRIVILEGES: readonly string[] = [
  'cross_cluster_replication',
  'cross_cluster_replication_internal',
];

/** "read, read_cross_cluster and view_index_metadata" */
function wordList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The help under a key form's search patterns. */
export const SEARCH_ACCESS_HELP = `Grants ${wordList(KEY_SEARCH_PRIVILEGES)} on these patterns.`;
/** The help under a key form's replication patterns. */
export const REPLICATION_ACCESS_HELP = `Grants ${wordList(KEY_REPLICATION_PRIVILEGES)} on these patterns.`;
