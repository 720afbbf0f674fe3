import { describe, expect, it } from 'vitest';
import { REPLICATION_ACCESS_HELP, SEARCH_ACCESS_HELP } from './access-privileges';

describe('the key forms’ access help', () => {
  it('names every privilege each access type carries, as Elasticsearch assigns them', () => {
    expect(SEARCH_ACCESS_HELP).toBe('Grants read, read_cross_cluster and view_index_metadata on these patterns.');
    expect(REPLICATION_ACCESS_HELP).toBe(
      'Grants cross_cluster_replication and cross_cluster_replication_internal on these patterns.',
    );
  });
});
