import { describe, expect, it } from 'vitest';
import { nodesMissingCredentials, reshapeReload } from './reload';

// The first answer was recorded from the 9.5.4 sandbox; the failing node's entry follows Elasticsearch's
// NodesReloadSecureSettingsResponse (reload_exception), which a healthy single-node sandbox cannot produce.
const recorded = {
  _nodes: { total: 1, successful: 1, failed: 0 },
  cluster_name: 'local',
  nodes: {
    '1gjP77W9R9aU_Fp3cmQNow': {
      name: 'local-0',
      secure_setting_names: ['bootstrap.password', 'cluster.remote.a.credentials', 'keystore.seed'],
    },
  },
};

describe('reshapeReload', () => {
  it('lists each node, what its keystore holds, and no failure', () => {
    const result = reshapeReload(recorded, '9.5.4');
    expect(result).toEqual({
      clusterName: 'local',
      nodes: [
        {
          id: '1gjP77W9R9aU_Fp3cmQNow',
          name: 'local-0',
          reloaded: true,
          secureSettingNames: ['bootstrap.password', 'cluster.remote.a.credentials', 'keystore.seed'],
        },
      ],
      failedNodes: [],
      otherFailures: [],
      limits: [],
    });
    expect(nodesMissingCredentials(result, 'a')).toEqual([]);
    expect(nodesMissingCredentials(result, 'b')).toEqual(['local-0']);
  });

  it('names a node whose reload failed, and a node that did not answer', () => {
    const result = reshapeReload({
      _nodes: { total: 3, successful: 2, failed: 1, failures: [{ reason: { reason: 'node [n-2] timed out' } }] },
      nodes: {
        n0: { name: 'n-0' },
        n1: {
          name: 'n-1',
          reload_exception: { type: 'security_exception', reason: 'Provided keystore password was incorrect' },
        },
      },
    });
    expect(result.failedNodes).toEqual(['n-1']);
    expect(result.nodes[1]?.error).toBe('Provided keystore password was incorrect');
    expect(result.otherFailures).toEqual(['node [n-2] timed out']);
    // Versions that do not report the keystore's names leave the question open rather than guessing.
    expect(nodesMissingCredentials(result, 'a')).toBeNull();
  });

  it("names the version rules that limit the reload on the cluster's version", () => {
    // The 8.19.7 sandbox's answer: no secure_setting_names before 9.3.
    const on819 = reshapeReload(
      { _nodes: { total: 1, successful: 1, failed: 0 }, cluster_name: 'local', nodes: { x: { name: 'local-0' } } },
      '8.19.7',
    );
    expect(on819.limits.map((limit) => limit.rule)).toEqual(['reload_setting_names']);
    expect(reshapeReload(recorded, '8.12.2').limits.map((limit) => limit.rule)).toEqual([
      'credentials_reload',
      'reload_setting_names',
    ]);
    expect(reshapeReload(recorded, null).limits).toEqual([]);
  });
});
