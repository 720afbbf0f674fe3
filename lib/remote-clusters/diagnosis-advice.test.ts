import { describe, expect, it } from 'vitest';
import { adviceFindings } from './diagnosis-advice';
import type { RemoteCluster } from './model';

const base: RemoteCluster = {
  name: 'r',
  mode: 'sniff',
  isConnected: true,
  securityModel: 'api_key',
  isConfiguredByNode: false,
  settingsSource: 'persistent',
  skipUnavailable: true,
  seeds: ['10.0.0.1:9443'],
  settingsVersion: 'v',
};
const ids = (remote: RemoteCluster, httpAddresses: string[] = []) =>
  adviceFindings(remote, { httpAddresses }).map((finding) => finding.id);

describe('adviceFindings', () => {
  it('has nothing to say about a well-made API-key remote', () => {
    expect(ids(base)).toEqual([]);
  });

  it("names a seed on a registered cluster's HTTP endpoint or on port 9200, with the field and value", () => {
    const [finding] = adviceFindings(
      { ...base, isConnected: false, seeds: ['127.0.0.1:19201'] },
      { httpAddresses: ['127.0.0.1:19201'] },
    );
    expect(finding).toMatchObject({
      id: 'http_port',
      severity: 'error',
      evidence: 'cluster.remote.r.seeds: 127.0.0.1:19201',
    });
    expect(ids({ ...base, seeds: ['es:9200'] })).toContain('http_port');
  });

  it('warns of credentials with a transport port, and of a connected certificate remote to migrate', () => {
    expect(ids({ ...base, seeds: ['10.0.0.1:9300'] })).toEqual(['transport_port_with_key']);
    const migrate = adviceFindings(
      { ...base, securityModel: 'certificate', seeds: ['10.0.0.1:9300'] },
      { httpAddresses: [] },
    );
    expect(migrate.map((finding) => finding.id)).toEqual(['migration']);
    expect(migrate[0]?.fix).toContain('/remote-clusters/migrate/r');
  });

  it("explains TLS trust failures and proxies without a server name from Elasticsearch's reason", () => {
    const untrusted = {
      ...base,
      isConnected: false,
      notConnectedReason: 'PKIX path building failed: unable to find valid certification path to requested target',
    };
    expect(ids(untrusted)).toEqual(['tls_trust']);
    const proxy: RemoteCluster = {
      ...base,
      mode: 'proxy',
      seeds: undefined,
      proxyAddress: 'cloud.example.com:9443',
      isConnected: false,
      notConnectedReason: 'No subject alternative DNS name matching cloud.example.com found',
    };
    expect(ids(proxy)).toEqual(['proxy_server_name']);
  });

  it('advises on skip_unavailable false', () => {
    const [finding] = adviceFindings({ ...base, skipUnavailable: false }, { httpAddresses: [] });
    expect(finding).toMatchObject({
      id: 'skip_unavailable',
      severity: 'info',
      evidence: 'cluster.remote.r.skip_unavailable: false',
    });
  });
});
