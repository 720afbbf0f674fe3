'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { EuiAccordion, EuiDescriptionList, EuiSpacer } from '@elastic/eui';
import type { RemoteClusterUpdate } from '@/lib/remote-clusters/schema';
import { serializeRemoteCluster } from '@/lib/remote-clusters/serialize';

interface Props {
  name: string;
  remote: RemoteClusterUpdate;
}

/** What will be saved, and the exact Elasticsearch request behind it (copyable for runbooks). */
export function ReviewStep({ name, remote }: Props) {
  const request = `PUT _cluster/settings\n${JSON.stringify(serializeRemoteCluster(name, remote), null, 2)}`;
  const items = [
    { title: 'Name', description: name },
    {
      title: 'Security model',
      description: remote.securityModel === 'certificate' ? 'Certificate (deprecated)' : 'API key',
    },
    { title: 'Mode', description: remote.mode },
    ...(remote.mode === 'sniff'
      ? [
          { title: 'Seeds', description: (remote.seeds ?? []).join(', ') },
          { title: 'Node connections', description: String(remote.nodeConnections ?? 'Default (3)') },
        ]
      : [
          { title: 'Proxy address', description: remote.proxyAddress ?? '' },
          { title: 'Server name', description: remote.serverName ?? 'None' },
          { title: 'Socket connections', description: String(remote.proxySocketConnections ?? 'Default (18)') },
        ]),
    { title: 'Skip unavailable', description: remote.skipUnavailable === false ? 'No' : 'Yes' },
    {
      title: 'Compression',
      description: remote.transportCompress === undefined ? 'Default' : String(remote.transportCompress),
    },
    { title: 'Ping schedule', description: remote.transportPingSchedule ?? 'Default' },
  ];
  return (
    <>
      <EuiDescriptionList type="column" compressed listItems={items} data-test-subj="remoteClusterReview" />
      <EuiSpacer />
      <EuiAccordion
        id="remoteClusterShowRequest"
        buttonContent="Show request"
        buttonProps={{ 'data-test-subj': 'remoteClusterShowRequest' }}
      >
        <EuiSpacer size="s" />
        <CodeBlock language="json" isCopyable paddingSize="s" data-test-subj="remoteClusterRequest">
          {request}
        </CodeBlock>
      </EuiAccordion>
    </>
  );
}
