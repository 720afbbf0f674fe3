'use client';
import { useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { useState } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiEmptyPrompt,
  EuiFormRow,
  EuiLoadingSpinner,
  EuiPageTemplate,
  EuiSelect,
  EuiSpacer,
} from '@elastic/eui';
import { ClusterSignInForm } from '@/components/clusters/cluster-sign-in-form';
import { useClusters } from '@/components/clusters/use-clusters';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { ClusterApiKeys, SIGN_IN_REASON } from './cluster-api-keys';

interface Props {
  /** The cluster the session signed in to first. */
  homeClusterId: string;
  /** From ?cluster=, else the first signed-in cluster that holds keys; undefined: the page asks. */
  initialClusterId: string | undefined;
  /** From ?key=: that key's detail opens at once. */
  initialKeyId?: string;
  /** The keys of initialClusterId the server read while rendering the page. */
  firstRows?: CrossClusterApiKey[];
  /** The registered clusters the server read while rendering the page. */
  firstClusters?: RegisteredClusterView[];
  refreshIntervalMs: number;
}

function optionText(cluster: RegisteredClusterView): string {
  const state = cluster.signedIn ? `signed in as ${cluster.username ?? 'you'}` : 'not signed in';
  return `${cluster.displayName} (${state}${cluster.reachable ? '' : ', unreachable'})`;
}

/** Cross-cluster API keys of any registered cluster: they live on the remote, so that is where to sign in. */
export function ApiKeysPage({
  homeClusterId,
  initialClusterId,
  initialKeyId,
  firstRows,
  firstClusters,
  refreshIntervalMs,
}: Props) {
  const clusters = useClusters(firstClusters);
  const [clusterId, setClusterId] = useState(initialClusterId);
  const breadcrumbs = useBreadcrumbs({ text: 'API keys' });
  const cluster = clusters.data?.find((candidate) => candidate.id === clusterId);
  // What the server read (and the ?key= detail) belongs to the page as it opened: not to a cluster chosen since,
  // nor to the first one again after coming back to it.
  const [chosenByServer, setChosenByServer] = useState(true);

  function choose(id: string) {
    setClusterId(id);
    setChosenByServer(false);
    // The URL follows the choice so it can be shared and reloaded; the server page has nothing new to render.
    window.history.replaceState(null, '', `/api-keys?cluster=${encodeURIComponent(id)}`);
  }

  const options = (clusters.data ?? []).map((candidate) => ({ value: candidate.id, text: optionText(candidate) }));
  if (clusterId === undefined) options.unshift({ value: '', text: 'Choose the cluster that holds the keys' });
  else if (clusters.data && !cluster) options.unshift({ value: clusterId, text: `${clusterId} (not registered)` });

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Cross-cluster API keys"
        breadcrumbs={breadcrumbs}
        description={
          'Keys created on the cluster that is searched (the remote); the local cluster ' +
          'stores one in its keystore to connect with the API-key security model.'
        }
        data-test-subj="apiKeysHeader"
      />
      <EuiPageTemplate.Section>
        <EuiFormRow label="Cluster" helpText="The remote cluster whose keys to manage.">
          <EuiSelect
            options={options}
            value={clusterId ?? ''}
            onChange={(event) => event.target.value !== '' && choose(event.target.value)}
            isLoading={clusters.data === undefined && !clusters.error}
            aria-label="Cluster whose cross-cluster API keys to manage"
            data-test-subj="apiKeysClusterSelect"
          />
        </EuiFormRow>
        <EuiSpacer size="l" />
        {clusters.error && !clusters.data ? (
          <EuiCallOut
            color="danger"
            iconType="error"
            title="The registered clusters could not be loaded"
            data-test-subj="apiKeysClustersError"
          >
            <p>{clusters.error.message}</p>
          </EuiCallOut>
        ) : !clusters.data ? (
          <EuiEmptyPrompt
            icon={<EuiLoadingSpinner size="xl" />}
            title={<h2>Loading clusters</h2>}
            data-test-subj="apiKeysClustersLoading"
          />
        ) : clusterId === undefined ? (
          <ClusterChoice clusters={clusters.data} homeClusterId={homeClusterId} onChoose={choose} />
        ) : !cluster ? (
          <EuiCallOut
            color="warning"
            iconType="warning"
            title={`No cluster "${clusterId}" is registered with the console`}
            data-test-subj="apiKeysUnknownCluster"
          >
            <p>Choose one of the registered clusters above.</p>
          </EuiCallOut>
        ) : !cluster.signedIn ? (
          <ClusterSignInForm
            key={cluster.id}
            clusterId={cluster.id}
            displayName={cluster.displayName}
            reason={SIGN_IN_REASON}
            onSignedIn={() => void clusters.mutate()}
          />
        ) : (
          <ClusterApiKeys
            key={cluster.id}
            cluster={cluster}
            refreshIntervalMs={refreshIntervalMs}
            onSignedIn={() => void clusters.mutate()}
            firstRows={chosenByServer ? firstRows : undefined}
            initialKeyId={chosenByServer ? initialKeyId : undefined}
          />
        )}
      </EuiPageTemplate.Section>
    </>
  );
}

/**
 * No signed-in cluster holds a key yet: the keys belong on the cluster that will be searched, which the console
 * cannot tell from here, so it asks, the other registered clusters first.
 */
function ClusterChoice({
  clusters,
  homeClusterId,
  onChoose,
}: {
  clusters: RegisteredClusterView[];
  homeClusterId: string;
  onChoose: (id: string) => void;
}) {
  const ordered = [...clusters].sort((a, b) => Number(a.id === homeClusterId) - Number(b.id === homeClusterId));
  return (
    <EuiEmptyPrompt
      iconType="key"
      title={<h2>Which cluster holds the keys?</h2>}
      body={
        <p>
          A cross-cluster API key is created on the cluster that will be searched (the remote), and the cluster you
          signed in to has none. Choose the remote; you will be asked to sign in to it if needed.
        </p>
      }
      actions={ordered.map((cluster) => (
        <EuiButton
          key={cluster.id}
          fill={cluster.id !== homeClusterId}
          onClick={() => onChoose(cluster.id)}
          data-test-subj={`apiKeysChoose-${cluster.id}`}
        >
          {optionText(cluster)}
        </EuiButton>
      ))}
      data-test-subj="apiKeysChooseCluster"
    />
  );
}
