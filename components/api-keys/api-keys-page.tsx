'use client';
import { useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { useState } from 'react';
import {
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
import { ClusterApiKeys, SIGN_IN_REASON } from './cluster-api-keys';

interface Props {
  /** The cluster the session signed in to first: the default, and the URL without ?cluster. */
  homeClusterId: string;
  /** From ?cluster=, else the home cluster. */
  initialClusterId: string;
  refreshIntervalMs: number;
}

function optionText(cluster: RegisteredClusterView): string {
  const state = cluster.signedIn ? `signed in as ${cluster.username ?? 'you'}` : 'not signed in';
  return `${cluster.displayName} (${state}${cluster.reachable ? '' : ', unreachable'})`;
}

/** Cross-cluster API keys of any registered cluster: they live on the remote, so that is where to sign in. */
export function ApiKeysPage({ homeClusterId, initialClusterId, refreshIntervalMs }: Props) {
  const clusters = useClusters();
  const [clusterId, setClusterId] = useState(initialClusterId);
  const breadcrumbs = useBreadcrumbs({ text: 'API keys' });
  const cluster = clusters.data?.find((candidate) => candidate.id === clusterId);

  function choose(id: string) {
    setClusterId(id);
    // The URL follows the choice so it can be shared and reloaded; the server page has nothing new to render.
    window.history.replaceState(
      null,
      '',
      id === homeClusterId ? '/api-keys' : `/api-keys?cluster=${encodeURIComponent(id)}`,
    );
  }

  const options = (clusters.data ?? []).map((candidate) => ({ value: candidate.id, text: optionText(candidate) }));
  if (clusters.data && !cluster) options.unshift({ value: clusterId, text: `${clusterId} (not registered)` });

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
            value={clusterId}
            onChange={(event) => choose(event.target.value)}
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
          />
        )}
      </EuiPageTemplate.Section>
    </>
  );
}
