'use client';
import { REMOTE_CLUSTERS_CRUMB, useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { useState } from 'react';
import { remoteNameProblem } from '@/lib/remote-clusters/name-rule';
import { useRouter } from 'next/navigation';
import {
  EuiBasicTable,
  EuiButton,
  EuiCallOut,
  EuiEmptyPrompt,
  EuiFieldText,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiLoadingSpinner,
  EuiPageTemplate,
  EuiSpacer,
  EuiText,
} from '@elastic/eui';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { addressesOf, ConnectionStatus, NodeDefinedBadge } from '../remote-clusters/remote-cluster-cells';
import { useRemoteClusters } from '../remote-clusters/use-remote-clusters';

interface Props {
  clusterId: string;
  clusterDisplayName: string;
  refreshIntervalMs: number;
}

const migratePath = (name: string) => `/remote-clusters/migrate/${encodeURIComponent(name)}`;

/** Every remote of the cluster still on the deprecated certificate model, each with the way to migrate it. */
export function CertificateRemotesPage({ clusterId, clusterDisplayName, refreshIntervalMs }: Props) {
  const router = useRouter();
  const breadcrumbs = useBreadcrumbs(REMOTE_CLUSTERS_CRUMB, { text: 'Migrate certificate remotes' });
  const { data, error } = useRemoteClusters(clusterId, refreshIntervalMs);
  const remotes = (data ?? []).filter((remote) => remote.securityModel === 'certificate');

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Migrate certificate remotes"
        breadcrumbs={breadcrumbs}
        description={
          `Remotes of ${clusterDisplayName} that still use ` +
          `the certificate security model, deprecated since ` +
          `Elasticsearch 9.0. Each is migrated in place ` +
          `to a cross-cluster API key, keeping its alias.`
        }
        data-test-subj="migrationListHeader"
      />
      <EuiPageTemplate.Section>
        {error && data === undefined ? (
          <EuiCallOut
            color="danger"
            iconType="error"
            title={`The remote clusters could not be loaded: ${error.message}`}
            data-test-subj="migrationListError"
          />
        ) : data === undefined ? (
          <EuiLoadingSpinner size="xl" aria-label="Loading the remote clusters" />
        ) : remotes.length === 0 ? (
          <EuiEmptyPrompt
            iconType="checkCircle"
            title={<h2>No remote uses the certificate model</h2>}
            body={<p>Every remote of {clusterDisplayName} uses the API-key model.</p>}
            data-test-subj="migrationListEmpty"
          />
        ) : (
          <EuiBasicTable<RemoteCluster>
            tableCaption="Remote clusters on the certificate model"
            items={remotes}
            rowProps={(remote) => ({ 'data-test-subj': `migrationListRow-${remote.name}` })}
            data-test-subj="migrationList"
            columns={[
              {
                field: 'name',
                name: 'Name',
                render: (name: string, remote: RemoteCluster) => (
                  <>
                    {name} {remote.isConfiguredByNode && <NodeDefinedBadge />}
                  </>
                ),
              },
              { name: 'Status', render: (remote: RemoteCluster) => <ConnectionStatus remote={remote} /> },
              { name: 'Addresses', render: (remote: RemoteCluster) => addressesOf(remote).join(', ') },
              {
                name: 'Migration',
                render: (remote: RemoteCluster) =>
                  remote.isConfiguredByNode ? (
                    <EuiText size="xs" color="subdued">
                      <span>Defined in elasticsearch.yml: migrate it by editing the file on every node.</span>
                    </EuiText>
                  ) : (
                    <EuiButton
                      size="s"
                      iconType="key"
                      onClick={() => router.push(migratePath(remote.name))}
                      data-test-subj={`migrationListMigrate-${remote.name}`}
                      aria-label={`Migrate ${remote.name} to the API-key model`}
                    >
                      Migrate
                    </EuiButton>
                  ),
              },
            ]}
          />
        )}
        <EuiSpacer size="xl" />
        <ResumeByAlias onOpen={(alias) => router.push(migratePath(alias))} />
      </EuiPageTemplate.Section>
    </>
  );
}

/**
 * A migration under way leaves this list once its remote is removed or re-added with a key; its state stays on
 * the local cluster, so it is reopened by its alias.
 */
function ResumeByAlias({ onOpen }: { onOpen: (alias: string) => void }) {
  const [alias, setAlias] = useState('');
  const [showError, setShowError] = useState(false);
  const problem = remoteNameProblem(alias);
  const error = showError ? problem : undefined;
  return (
    <EuiFlexGroup alignItems="flexEnd" gutterSize="s" responsive={false}>
      <EuiFlexItem grow={false} style={{ minWidth: 280 }}>
        <EuiFormRow label="Resume a migration under way, by alias" isInvalid={Boolean(error)} error={error}>
          <EuiFieldText
            value={alias}
            onChange={(event) => setAlias(event.target.value.trim())}
            isInvalid={Boolean(error)}
            data-test-subj="migrationResumeAlias"
          />
        </EuiFormRow>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButton
          onClick={() => {
            setShowError(true);
            if (!problem) onOpen(alias);
          }}
          data-test-subj="migrationResumeOpen"
        >
          Open
        </EuiButton>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
