import { describe, expect, it } from 'vitest';
import { ruleMessage } from '@/lib/version-rules';
import { diagnoseRemoteCluster } from './diagnosis';
import type { RemoteCluster } from './model';

// Resolve entries and search outcomes as Elasticsearch 9.5.4 reported them in the sandbox.
const connected: RemoteCluster = {
  name: 'probe',
  mode: 'sniff',
  isConnected: true,
  securityModel: 'api_key',
  isConfiguredByNode: false,
  settingsSource: 'persistent',
  skipUnavailable: true,
  seeds: ['127.0.0.1:9443'],
  connectedNodesCount: 1,
  maxConnectionsPerCluster: 3,
  settingsVersion: 'v',
};
const reachable = {
  entry: {
    connected: true,
    skip_unavailable: true,
    matching_indices: true,
    version: {
      number: '9.5.4',
      build_flavor: 'default',
      minimum_wire_compatibility_version: '8.19.0',
      minimum_index_compatibility_version: '8.0.0',
    },
  },
};
const invalidated = {
  entry: { connected: false, skip_unavailable: true, error: 'api key [3d2vDKIBJ2P7h6MmQ_r-] has been invalidated' },
};

describe('diagnoseRemoteCluster', () => {
  it('says which version rule left the resolve unchecked, and still judges by the test search (before 8.13)', () => {
    const rule = ruleMessage('resolve_cluster', 'the local cluster', '8.10.4');
    const diagnosis = diagnoseRemoteCluster(connected, { notAvailable: rule }, { index: 'logs-*', hits: 10 });
    expect(diagnosis.status).toBe('ok');
    expect(diagnosis.findings.find((finding) => finding.id === 'resolve')).toEqual({
      id: 'resolve',
      severity: 'info',
      title: 'Not checked on this version',
      evidence: rule,
    });
    const expected =
      'GET _resolve/cluster (the live connection check) needs Elasticsearch 8.13 or later; ' +
      'the local cluster runs 8.10.4.';
    expect(rule?.slice(0, expected.length)).toBe(expected);
  });

  it('is ok when connected with credentials, resolvable, and the test search finds documents', () => {
    const diagnosis = diagnoseRemoteCluster(connected, reachable, { index: 'logs-*', hits: 10 });
    expect(diagnosis.status).toBe('ok');
    expect(diagnosis.findings.map((finding) => [finding.id, finding.severity])).toEqual([
      ['connection', 'ok'],
      ['security_model', 'ok'],
      ['resolve', 'ok'],
      ['test_search', 'ok'],
    ]);
    expect(diagnosis.findings[2]?.title).toBe('Reachable, matching indices, version 9.5.4');
    expect(diagnosis.findings[3]?.evidence).toBe('GET probe:logs-*/_search: hits.total: 10');
  });

  it('names an invalidated key as the cause, with the keystore fix for this alias', () => {
    const diagnosis = diagnoseRemoteCluster(
      { ...connected, isConnected: false, notConnectedReason: invalidated.entry.error },
      invalidated,
    );
    expect(diagnosis.status).toBe('failing');
    const resolve = diagnosis.findings.find((finding) => finding.id === 'resolve');
    expect(resolve).toMatchObject({ severity: 'error', title: 'The remote refuses the cross-cluster API key' });
    expect(resolve?.evidence).toBe('_resolve/cluster/probe:*: api key [3d2vDKIBJ2P7h6MmQ_r-] has been invalidated');
    expect(resolve?.fix).toContain('cluster.remote.probe.credentials');
    expect(diagnosis.findings[0]).toMatchObject({ severity: 'error', fix: invalidated.entry.error });
  });

  it('warns of the deprecated certificate model when a remote without credentials is connected', () => {
    const diagnosis = diagnoseRemoteCluster(
      { ...connected, securityModel: 'certificate', seeds: ['127.0.0.1:9300'] },
      reachable,
    );
    expect(diagnosis.status).toBe('ok');
    expect(diagnosis.findings[1]).toMatchObject({
      severity: 'warning',
      title: 'Certificate model (deprecated since 9.0)',
    });
  });

  it('says the key is missing from the keystore when a remote without cluster_credentials is not connected', () => {
    const finding = diagnoseRemoteCluster({ ...connected, isConnected: false, securityModel: 'certificate' }, reachable)
      .findings[1];
    expect(finding).toMatchObject({ severity: 'error', evidence: '_remote/info has no cluster_credentials for probe' });
    expect(finding?.fix).toMatch(/missing from the keystore, or the reload did not reach every node/);
  });

  it('gives the keystore fix of where the local cluster runs', () => {
    const missing = { ...connected, isConnected: false, securityModel: 'certificate' as const };
    const fixFor = (localDeploymentType: 'self-managed' | 'eck' | 'ech') =>
      diagnoseRemoteCluster(missing, reachable, undefined, { httpAddresses: [], localDeploymentType }).findings[1]?.fix;
    expect(fixFor('self-managed')).toContain('bin/elasticsearch-keystore add cluster.remote.probe.credentials');
    expect(fixFor('eck')).toContain('spec.secureSettings');
    expect(fixFor('eck')).not.toContain('bin/elasticsearch-keystore');
    expect(fixFor('ech')).toContain('PATCH /api/v1/deployments/{deployment_id}/elasticsearch/{ref_id}/keystore');
  });

  it('recognises the handshake refusal Elasticsearch gives once the connection is re-established', () => {
    const handshake = {
      entry: {
        connected: false,
        skip_unavailable: true,
        error:
          'unable to authenticate user [792zDKIBJ2P7h6MmTPov] for action [cluster:internal/remote_cluster/handshake]',
      },
    };
    expect(diagnoseRemoteCluster({ ...connected, isConnected: false }, handshake).findings[2]?.title).toBe(
      'The remote refuses the cross-cluster API key',
    );
  });

  it('tells an unreachable remote from a refused key', () => {
    const refused = { entry: { connected: false, skip_unavailable: false, error: 'Unable to connect to [probe]' } };
    const finding = diagnoseRemoteCluster({ ...connected, isConnected: false }, refused).findings[2];
    expect(finding).toMatchObject({ severity: 'error', title: 'The remote is not reachable' });
    expect(finding?.fix).toContain('remote_cluster_server.enabled');
  });

  it('reports a failed resolve call and a failed test search with their reasons', () => {
    const diagnosis = diagnoseRemoteCluster(
      connected,
      { error: 'action [indices:admin/resolve/cluster] is unauthorized' },
      { index: 'secret-*', error: 'the remote was skipped: Unable to connect to [probe]' },
    );
    expect(diagnosis.status).toBe('failing');
    expect(diagnosis.findings[2]?.evidence).toContain('is unauthorized');
    expect(diagnosis.findings[3]).toMatchObject({ severity: 'error', title: 'Test search on secret-* failed' });
  });
});
