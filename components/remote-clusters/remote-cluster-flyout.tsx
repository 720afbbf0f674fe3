'use client';
import { useRouter } from 'next/navigation';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiDescriptionList,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiSpacer,
  EuiTitle,
} from '@elastic/eui';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { RemoteClusterDiagnosis } from '../connect/remote-cluster-diagnosis';
import { ConnectionStatus, connectionCount, NodeDefinedBadge, SecurityModelBadge } from './remote-cluster-cells';

interface Props {
  clusterId: string;
  remote: RemoteCluster;
  onClose: () => void;
  onEdit: (remote: RemoteCluster) => void;
  onDelete: (remote: RemoteCluster) => void;
}

const orDefault = (value: string | number | undefined, fallback = 'Default') =>
  value === undefined || value === '' ? fallback : String(value);

/** Every field Elasticsearch reports for the remote's mode, with Edit and Remove unless elasticsearch.yml owns it. */
export function RemoteClusterFlyout({ clusterId, remote, onClose, onEdit, onDelete }: Props) {
  const router = useRouter();
  const common = [
    { title: 'Status', description: <ConnectionStatus remote={remote} /> },
    ...(remote.notConnectedReason ? [{ title: 'Likely reason', description: remote.notConnectedReason }] : []),
    { title: 'Security model', description: <SecurityModelBadge remote={remote} /> },
    { title: 'Connection mode', description: remote.mode },
  ];
  const byMode =
    remote.mode === 'sniff'
      ? [
          { title: 'Seeds', description: (remote.seeds ?? []).join(', ') || 'None' },
          { title: 'Node connections', description: orDefault(remote.nodeConnections, 'Default (3)') },
          { title: 'Connected nodes', description: connectionCount(remote) },
        ]
      : [
          { title: 'Proxy address', description: orDefault(remote.proxyAddress, 'None') },
          { title: 'Server name', description: orDefault(remote.serverName, 'None') },
          { title: 'Socket connections', description: orDefault(remote.proxySocketConnections, 'Default (18)') },
          { title: 'Connected sockets', description: connectionCount(remote) },
        ];
  const rest = [
    { title: 'Skip unavailable', description: remote.skipUnavailable ? 'Yes' : 'No' },
    {
      title: 'Compression',
      description: orDefault(remote.transportCompress === undefined ? undefined : String(remote.transportCompress)),
    },
    ...(remote.transportCompressionScheme
      ? [{ title: 'Compression scheme', description: remote.transportCompressionScheme }]
      : []),
    { title: 'Ping schedule', description: orDefault(remote.transportPingSchedule) },
    { title: 'Initial connect timeout', description: orDefault(remote.initialConnectTimeout) },
    {
      title: 'Defined in',
      description: {
        persistent: 'Persistent cluster settings',
        transient: 'Transient cluster settings',
        node: 'elasticsearch.yml',
        none: 'Nothing any more: Elasticsearch is still removing it',
      }[remote.settingsSource],
    },
  ];

  return (
    <EuiFlyout
      onClose={onClose}
      size="s"
      aria-labelledby="remoteClusterFlyoutTitle"
      data-test-subj="remoteClusterFlyout"
      closeButtonProps={{ 'data-test-subj': 'remoteClusterFlyoutClose', 'aria-label': 'Close' }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id="remoteClusterFlyoutTitle" data-test-subj="remoteClusterFlyoutTitle">
            {remote.name}
          </h2>
        </EuiTitle>
        {remote.isConfiguredByNode && (
          <>
            <EuiSpacer size="s" />
            <NodeDefinedBadge />
          </>
        )}
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {remote.securityModel === 'certificate' && (
          <>
            <EuiCallOut
              size="s"
              color="warning"
              iconType="warning"
              title="The certificate security model is deprecated"
              data-test-subj="remoteClusterCertificateCallout"
            >
              Since Elasticsearch 9.0, connect remote clusters with a cross-cluster API key on the remote cluster server
              port (9443).
            </EuiCallOut>
            <EuiSpacer size="m" />
          </>
        )}
        <EuiDescriptionList
          type="column"
          compressed
          listItems={[...common, ...byMode, ...rest]}
          data-test-subj="remoteClusterDetails"
        />
        <EuiSpacer size="l" />
        <RemoteClusterDiagnosis key={remote.name} clusterId={clusterId} name={remote.name} />
      </EuiFlyoutBody>
      <EuiFlyoutFooter data-test-subj="remoteClusterFlyoutFooter">
        {/* One wrapping row: at 1440 px the narrow flyout has no room for four buttons side by side, and at a
            phone's width EUI's responsive groups would stack them full width. */}
        <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" gutterSize="s" wrap responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty size="s" onClick={onClose} data-test-subj="remoteClusterFlyoutCloseButton">
              Close
            </EuiButtonEmpty>
          </EuiFlexItem>
          {!remote.isConfiguredByNode && (
            <EuiFlexItem grow={false}>
              <EuiFlexGroup gutterSize="s" wrap responsive={false} justifyContent="flexEnd">
                {remote.securityModel === 'certificate' && (
                  <EuiFlexItem grow={false}>
                    <EuiButton
                      size="s"
                      iconType="key"
                      onClick={() => router.push(`/remote-clusters/migrate/${encodeURIComponent(remote.name)}`)}
                      data-test-subj="remoteClusterFlyoutMigrate"
                    >
                      Migrate to API key
                    </EuiButton>
                  </EuiFlexItem>
                )}
                <EuiFlexItem grow={false}>
                  <EuiButton
                    size="s"
                    color="danger"
                    onClick={() => onDelete(remote)}
                    data-test-subj="remoteClusterFlyoutDelete"
                  >
                    Remove
                  </EuiButton>
                </EuiFlexItem>
                <EuiFlexItem grow={false}>
                  <EuiButton
                    size="s"
                    fill
                    iconType="pencil"
                    onClick={() => onEdit(remote)}
                    data-test-subj="remoteClusterFlyoutEdit"
                  >
                    Edit
                  </EuiButton>
                </EuiFlexItem>
              </EuiFlexGroup>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
