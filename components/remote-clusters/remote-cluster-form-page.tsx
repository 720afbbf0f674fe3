'use client';
import useSWR from 'swr';
import { EuiCallOut, EuiLoadingSpinner, EuiPageTemplate } from '@elastic/eui';
import { fetchJson, type ApiRequestError } from '@/lib/http/fetch-json';
import { emptyFormValues, formValuesFrom } from '@/lib/remote-clusters/form-values';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { RemoteClusterWizard } from './form/remote-cluster-wizard';
import { remoteClustersUrl } from './use-remote-clusters';

export function AddRemoteClusterPage({ clusterId }: { clusterId: string }) {
  return (
    <>
      <EuiPageTemplate.Header pageTitle="Add a remote cluster" data-test-subj="addRemoteClusterHeader" />
      <EuiPageTemplate.Section>
        <RemoteClusterWizard clusterId={clusterId} initialValues={emptyFormValues()} />
      </EuiPageTemplate.Section>
    </>
  );
}

/** Edits what the cluster has now (read fresh, not from the shared list read), with its settings version. */
export function EditRemoteClusterPage({ clusterId, name }: { clusterId: string; name: string }) {
  const url = `${remoteClustersUrl(clusterId)}/${encodeURIComponent(name)}`;
  const { data, error } = useSWR<RemoteCluster, ApiRequestError>(url, (key: string) => fetchJson<RemoteCluster>(key), {
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  return (
    <>
      <EuiPageTemplate.Header pageTitle={`Edit remote cluster "${name}"`} data-test-subj="editRemoteClusterHeader" />
      <EuiPageTemplate.Section>
        {error ? (
          <EuiCallOut
            color="danger"
            iconType="error"
            title={`Remote cluster "${name}" could not be loaded`}
            data-test-subj="editRemoteClusterLoadError"
          >
            {error.message}
          </EuiCallOut>
        ) : !data ? (
          <EuiLoadingSpinner size="xl" data-test-subj="editRemoteClusterLoading" />
        ) : data.isConfiguredByNode ? (
          <EuiCallOut
            color="warning"
            iconType="lock"
            title="Defined in elasticsearch.yml"
            data-test-subj="editRemoteClusterNodeDefined"
          >
            This remote is defined in elasticsearch.yml on the cluster&apos;s nodes. Change it there, on every node, and
            restart them.
          </EuiCallOut>
        ) : (
          <RemoteClusterWizard clusterId={clusterId} initialValues={formValuesFrom(data)} isEdit />
        )}
      </EuiPageTemplate.Section>
    </>
  );
}
