import { describe, expect, it } from 'vitest';
import { readinessChecks, type ClusterFacts } from './readiness';

const CA = 'CN=Remote Clusters Console sandbox CA';
// Facts as the console reads them from the 9.5.4 sandbox (nodes info, _license, _ssl/certificates).
const local: ClusterFacts = {
  version: '9.5.4',
  licence: { type: 'trial', status: 'active' },
  nodes: [{ name: 'local-0', remoteClusterServer: null }],
  remoteClusterClientSsl: true,
  trustedCaSubjects: [CA],
  presentedCertificateIssuers: [],
};
const remote: ClusterFacts = {
  version: '9.5.4',
  licence: { type: 'trial', status: 'active' },
  nodes: [{ name: 'remote-0', remoteClusterServer: '127.0.0.1:9443' }],
  remoteClusterClientSsl: true,
  trustedCaSubjects: [CA],
  presentedCertificateIssuers: [CA],
};

const states = (checks: ReturnType<typeof readinessChecks>) =>
  Object.fromEntries(checks.map((check) => [check.id, check.state]));

describe('readinessChecks', () => {
  it('passes every check for two ready clusters, and names the remote cluster server address', () => {
    const checks = readinessChecks(local, remote);
    expect(Object.values(states(checks))).toEqual(Array(9).fill('pass'));
    expect(checks.find((check) => check.id === 'remote_server')?.explanation).toContain('127.0.0.1:9443');
  });

  it('fails a basic licence with the fix, and an expired enterprise one', () => {
    const checks = readinessChecks(
      { ...local, licence: { type: 'basic', status: 'active' } },
      { ...remote, licence: { type: 'enterprise', status: 'expired' } },
    );
    expect(states(checks)).toMatchObject({ local_licence: 'fail', remote_licence: 'fail' });
    expect(checks.find((check) => check.id === 'local_licence')?.fix).toContain('start_trial');
  });

  it('fails versions before 8.10 and nodes without the remote cluster server, naming them', () => {
    const checks = readinessChecks(
      { ...local, version: '8.9.2' },
      {
        ...remote,
        nodes: [
          { name: 'r-0', remoteClusterServer: '10.0.0.1:9443' },
          { name: 'r-1', remoteClusterServer: null },
        ],
      },
    );
    expect(states(checks)).toMatchObject({ local_version: 'fail', remote_server: 'fail' });
    expect(checks.find((check) => check.id === 'local_version')?.explanation).toBe(
      'The API-key security model (remote cluster server, cross-cluster API ' +
        'keys, remote_indices) needs Elasticsearch 8.10 or later; the local ' +
        'cluster (its oldest node) runs 8.9.2. Upgrade every node of both ' +
        'clusters to 8.10 or later, or connect them with the certificate model.',
    );
    expect(checks.find((check) => check.id === 'remote_server')?.explanation).toBe(
      'Nodes without the remote cluster server: r-1.',
    );
  });

  it('warns of the beta API-key model on 8.10 to 8.13, and of the restart a keystore change needs before 8.13', () => {
    const checks = readinessChecks({ ...local, version: '8.12.2' }, { ...remote, version: '8.13.4' });
    expect(states(checks)).toMatchObject({
      local_version: 'warn',
      remote_version: 'warn',
      versions_search: 'pass',
      local_credentials_reload: 'warn',
    });
    expect(checks.find((check) => check.id === 'local_credentials_reload')?.fix).toBe(
      'Restart every node after adding the key to its keystore: a reload does not pick it up before 8.13.',
    );
    expect(states(readinessChecks(local, remote))).not.toHaveProperty('local_credentials_reload');
  });

  it(
    'fails a pair Elastic does not support for search, quoting ' +
      'the rule, and warns of replication to an older local',
    () => {
      const newerLocal = readinessChecks(local, { ...remote, version: '8.19.7' });
      expect(states(newerLocal)).toMatchObject({
        local_version: 'pass',
        remote_version: 'pass',
        versions_search: 'fail',
        versions_replication: 'warn',
      });
      const search = newerLocal.find((check) => check.id === 'versions_search');
      const expected =
        'local 9.5.4 -> remote 8.19.7: not supported (a 9.5 cluster may not search an 8.x cluster). ' +
        'Elastic supports cross-cluster search from a local cluster to a remote cluster ' +
        'running the previous minor version';
      expect(search?.explanation.slice(0, expected.length)).toBe(expected);
      expect(search?.fix).toBe(
        'Upgrade the remote cluster (8.19.7) to 9.x, or search from the cluster on the older version instead.',
      );
      expect(newerLocal.find((check) => check.id === 'versions_replication')?.explanation).toContain(
        '(Elastic does not support connecting these versions (see the search check))',
      );
      const olderLocal = readinessChecks({ ...local, version: '8.19.7' }, remote);
      expect(states(olderLocal)).toMatchObject({ versions_search: 'pass', versions_replication: 'warn' });
      expect(olderLocal.find((check) => check.id === 'versions_replication')?.explanation).toContain(
        'not supported (the local (follower) cluster is older than the remote (leader) cluster)',
      );
      const tooOld = readinessChecks({ ...local, version: '8.12.2' }, remote).find(
        (check) => check.id === 'versions_search',
      );
      expect(tooOld?.explanation).toContain('(only the last minor of 8.x (8.19) may search a 9.x cluster)');
      expect(tooOld?.fix).toBe(
        'Upgrade the local cluster (8.12.2) to 8.19, the last 8.x minor, ' +
          "which may search any 9.x cluster, or to the remote's major.",
      );
    },
  );

  it('fails client TLS turned off, and trust when the remote CA is not among the local ones', () => {
    const checks = readinessChecks(
      { ...local, remoteClusterClientSsl: false, trustedCaSubjects: ['CN=Other CA'] },
      remote,
    );
    expect(states(checks)).toMatchObject({ local_client_tls: 'fail', local_trust: 'fail' });
    expect(checks.find((check) => check.id === 'local_trust')?.fix).toContain(
      'remote_cluster_client.ssl.certificate_authorities',
    );
  });

  it('leaves the remote unknown, with what to do, when the remote could not be read', () => {
    const checks = readinessChecks(local, null);
    expect(states(checks)).toMatchObject({
      local_licence: 'pass',
      remote_licence: 'unknown',
      remote_version: 'unknown',
      remote_server: 'unknown',
      local_trust: 'unknown',
    });
    expect(checks.find((check) => check.id === 'remote_licence')?.explanation).toMatch(/Sign in to the remote cluster/);
  });
});
