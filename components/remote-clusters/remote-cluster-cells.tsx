'use client';
import { EuiBadge, EuiHealth, EuiIconTip, EuiFlexGroup, EuiFlexItem, EuiToolTip } from '@elastic/eui';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { remoteAddresses } from '@/lib/remote-clusters/search';

// Small pieces shared by the table and the flyout, so both say the same thing the same way.

export function ConnectionStatus({ remote }: { remote: RemoteCluster }) {
  if (remote.isConnected) {
    return (
      <EuiHealth color="success" data-test-subj="remoteClusterStatusConnected">
        Connected
      </EuiHealth>
    );
  }
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap={false}>
      <EuiFlexItem grow={false}>
        <EuiHealth color="danger" data-test-subj="remoteClusterStatusNotConnected">
          Not connected
        </EuiHealth>
      </EuiFlexItem>
      {remote.notConnectedReason && (
        <EuiFlexItem grow={false}>
          <EuiIconTip
            type="question"
            color="subdued"
            content={remote.notConnectedReason}
            aria-label={`Why ${remote.name} is not connected`}
            iconProps={{ 'data-test-subj': 'remoteClusterNotConnectedReason' }}
          />
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}

export function SecurityModelBadge({ remote }: { remote: RemoteCluster }) {
  if (remote.securityModel === 'api_key') {
    return (
      <EuiBadge color="success" iconType="key" data-test-subj="remoteClusterSecurityApiKey">
        API key
      </EuiBadge>
    );
  }
  return (
    <EuiToolTip
      content={
        'The certificate security model is deprecated since Elasticsearch ' +
        '9.0. Connect with a cross-cluster API key instead.'
      }
    >
      <EuiBadge color="warning" iconType="warning" data-test-subj="remoteClusterSecurityCertificate" tabIndex={0}>
        Certificate
      </EuiBadge>
    </EuiToolTip>
  );
}

export function NodeDefinedBadge() {
  return (
    <EuiToolTip
      content={
        "Defined in elasticsearch.yml on the cluster's nodes: " + 'edit that file on every node to change or remove it.'
      }
    >
      <EuiBadge color="hollow" data-test-subj="remoteClusterNodeDefinedBadge" tabIndex={0}>
        elasticsearch.yml
      </EuiBadge>
    </EuiToolTip>
  );
}

export const addressesOf = remoteAddresses;

export function connectionCount(remote: RemoteCluster): string {
  return remote.mode === 'proxy'
    ? `${remote.connectedSocketsCount ?? 0} of ${remote.maxProxySocketConnections ?? '?'}`
    : `${remote.connectedNodesCount ?? 0} of ${remote.maxConnectionsPerCluster ?? '?'}`;
}
