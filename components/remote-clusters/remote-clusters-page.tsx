'use client';
import { useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { BulkOutcomeCallout } from '../shared/bulk-outcome-callout';
import { useCallback, useState } from 'react';
import { useRouter } from 'next/navigation';
import dynamic from 'next/dynamic';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiEmptyPrompt,
  EuiLoadingSpinner,
  EuiPageTemplate,
} from '@elastic/eui';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import type { DeleteOutcome } from './delete-remote-clusters-modal';
import { RemoteClustersTable } from './remote-clusters-table';
import { useRemoteClusters } from './use-remote-clusters';
import { useRemoteListQuery } from './use-remote-list-query';
import { namesList, useToasts } from '@/components/layout/toasts';
import { StaleStateCallout } from '@/components/shared/stale-state-callout';

// Shown only after a click (or an ?open= address): loaded then, not with the list's first view.
const RemoteClusterFlyout = dynamic(() => import('./remote-cluster-flyout').then((m) => m.RemoteClusterFlyout), {
  ssr: false,
});
const DeleteRemoteClustersModal = dynamic(
  () => import('./delete-remote-clusters-modal').then((m) => m.DeleteRemoteClustersModal),
  { ssr: false },
);
const RemovalFollowUp = dynamic(() => import('./removal-follow-up').then((m) => m.RemovalFollowUp), { ssr: false });

interface Props {
  clusterId: string;
  clusterDisplayName: string;
  refreshIntervalMs: number;
  /** The rows the server read while rendering the page, when it could within its budget. */
  firstRows?: RemoteCluster[];
}

export function RemoteClustersPage({ clusterId, clusterDisplayName, refreshIntervalMs, firstRows }: Props) {
  const router = useRouter();
  const { data, error, isValidating, refresh, loadedAt } = useRemoteClusters(clusterId, refreshIntervalMs, firstRows);
  const [query, updateQuery] = useRemoteListQuery();
  const openName = query.open;
  const setOpenName = useCallback((name: string | undefined) => updateQuery({ open: name }), [updateQuery]);
  const [selection, setSelection] = useState<RemoteCluster[]>([]);
  const [toDelete, setToDelete] = useState<string[]>();
  const [outcome, setOutcome] = useState<DeleteOutcome>();
  // API-key remotes just removed: their keys are still valid and still in the keystore until the person acts.
  const [followUp, setFollowUp] = useState<string[]>([]);

  const toast = useToasts();
  const breadcrumbs = useBreadcrumbs({ text: 'Remote clusters' });
  const open = useCallback((remote: RemoteCluster) => setOpenName(remote.name), [setOpenName]);
  const edit = useCallback(
    (remote: RemoteCluster) => router.push(`/remote-clusters/${encodeURIComponent(remote.name)}/edit`),
    [router],
  );
  const askDelete = useCallback((remotes: RemoteCluster[]) => setToDelete(remotes.map((remote) => remote.name)), []);
  // The flyout follows the live list, so its status updates with each refresh.
  const openRemote = data?.find((remote) => remote.name === openName);

  function deleted(result: DeleteOutcome) {
    const removed = result.itemsDeleted;
    if (removed.length > 0)
      toast({
        title: `Removed ${removed.length === 1 ? 'remote cluster' : 'remote clusters'} ${namesList(removed)}`,
        testSubj: 'remoteClustersDeletedToast',
      });
    // What failed stays on the page with its reason, rather than in a toast that fades.
    setOutcome(result.errors.length > 0 ? result : undefined);
    const apiKeyRemotes = (data ?? []).filter(
      (remote) => removed.includes(remote.name) && remote.securityModel === 'api_key',
    );
    // Added to what is still pending: an earlier removal's steps stay until the person says they are done.
    setFollowUp((pending) => [...new Set([...pending, ...apiKeyRemotes.map((remote) => remote.name)])]);
    setToDelete(undefined);
    setSelection([]);
    if (openName && result.itemsDeleted.includes(openName)) setOpenName(undefined);
  }

  const addButton = (
    <EuiButton
      fill
      iconType="plusCircle"
      onClick={() => router.push('/remote-clusters/add')}
      data-test-subj="remoteClustersAddButton"
    >
      Add a remote cluster
    </EuiButton>
  );
  // The guided API-key flow: key on the remote, keystore, register, verify.
  const connectButton = (
    <EuiButton
      iconType="key"
      onClick={() => router.push('/remote-clusters/connect')}
      data-test-subj="remoteClustersConnectButton"
    >
      Connect a cluster
    </EuiButton>
  );
  // Shown while any remote still uses the deprecated certificate model.
  const migrateLink = data?.some((remote) => remote.securityModel === 'certificate') ? (
    <EuiButtonEmpty
      iconType="wrench"
      onClick={() => router.push('/remote-clusters/migrate')}
      data-test-subj="remoteClustersMigrateLink"
    >
      Migrate certificate remotes
    </EuiButtonEmpty>
  ) : null;
  const refreshButton = (
    <EuiButtonEmpty
      iconType="refresh"
      isLoading={isValidating}
      onClick={() => void refresh()}
      data-test-subj="remoteClustersRefresh"
      aria-label="Refresh the list"
    >
      Refresh
    </EuiButtonEmpty>
  );

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Remote clusters"
        breadcrumbs={breadcrumbs}
        description={
          `Clusters that ${clusterDisplayName} searches ` +
          `and replicates from. The list refreshes ` +
          `every ${Math.round(refreshIntervalMs / 1000)} ` +
          `seconds while this tab is visible.`
        }
        rightSideItems={
          data && data.length > 0
            ? [connectButton, addButton, ...(migrateLink ? [migrateLink] : []), refreshButton]
            : [refreshButton]
        }
        data-test-subj="remoteClustersHeader"
      />
      <EuiPageTemplate.Section>
        {outcome && (
          <BulkOutcomeCallout
            outcome={outcome}
            verb="Removed"
            testSubj="remoteClustersDeleteOutcome"
            onDismiss={() => setOutcome(undefined)}
          />
        )}
        {followUp.length > 0 && (
          <RemovalFollowUp homeClusterId={clusterId} aliases={followUp} onDismiss={() => setFollowUp([])} />
        )}
        {error && data === undefined ? (
          error.status === 403 ? (
            <EuiEmptyPrompt
              iconType="lock"
              color="subdued"
              title={<h2>You cannot see the remote clusters</h2>}
              body={
                <p data-test-subj="remoteClustersForbiddenReason">
                  Elasticsearch refused: {error.message} Ask for the <code>monitor</code> cluster privilege to see them,
                  and <code>manage</code> to change them.
                </p>
              }
              data-test-subj="remoteClustersForbidden"
            />
          ) : (
            <EuiCallOut
              color="danger"
              iconType="error"
              title="The remote clusters could not be loaded"
              data-test-subj="remoteClustersLoadError"
            >
              <p>{error.message}</p>
              <EuiButton color="danger" onClick={() => void refresh()} data-test-subj="remoteClustersRetry">
                Try again
              </EuiButton>
            </EuiCallOut>
          )
        ) : data === undefined ? (
          <EuiEmptyPrompt
            icon={<EuiLoadingSpinner size="xl" />}
            title={<h2>Loading remote clusters</h2>}
            data-test-subj="remoteClustersLoading"
          />
        ) : data.length === 0 ? (
          <>
            {error && <StaleStateCallout error={error} loadedAt={loadedAt} testSubj="remoteClustersRefreshError" />}
            <EuiEmptyPrompt
              iconType="cluster"
              title={<h2>Add your first remote cluster</h2>}
              body={<p>Connect {clusterDisplayName} to another cluster to search or replicate its indices.</p>}
              actions={[connectButton, addButton]}
              data-test-subj="remoteClustersEmpty"
            />
          </>
        ) : (
          <>
            {error && <StaleStateCallout error={error} loadedAt={loadedAt} testSubj="remoteClustersRefreshError" />}
            <RemoteClustersTable
              remotes={data}
              selection={selection}
              onSelectionChange={setSelection}
              onOpen={open}
              onEdit={edit}
              onDelete={askDelete}
              query={query}
              onQueryChange={updateQuery}
            />
          </>
        )}
      </EuiPageTemplate.Section>
      {openRemote && (
        <RemoteClusterFlyout
          clusterId={clusterId}
          remote={openRemote}
          onClose={() => setOpenName(undefined)}
          onEdit={edit}
          onDelete={(remote) => askDelete([remote])}
        />
      )}
      {toDelete && (
        <DeleteRemoteClustersModal
          clusterId={clusterId}
          names={toDelete}
          onCancel={() => setToDelete(undefined)}
          onDone={deleted}
        />
      )}
    </>
  );
}
