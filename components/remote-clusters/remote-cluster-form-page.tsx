'use client';
import { REMOTE_CLUSTERS_CRUMB, useBreadcrumbs } from '@/components/layout/breadcrumbs';
import useSWR from 'swr';
import { EuiCallOut, EuiLoadingSpinner, EuiPageTemplate } from '@elastic/eui';
import { apiPath } from '@/lib/api/paths';
import type { ApiRequestError } from '@/lib/http/fetch-json';
import { emptyFormValues, formValuesFrom } from '@/lib/remote-clusters/form-values';
import type { RemoteCluster } from '@/lib/remote-clusters/model';
import { RemoteClusterWizard } from './form/remote-cluster-wizard';
import { remoteListSearch } from '@/lib/remote-clusters/list-query';

export function AddRemoteClusterPage({ clusterId }: { clusterId: string }) {
  const breadcrumbs = useBreadcrumbs(REMOTE_CLUSTERS_CRUMB, { text: 'Add' });
  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Add a remote cluster"
        breadcrumbs={breadcrumbs}
        data-test-subj="addRemoteClusterHeader"
      />
      <EuiPageTemplate.Section>
        <RemoteClusterWizard clusterId={clusterId} initialValues={emptyFormValues()} />
      </EuiPageTemplate.Section>
    </>
  );
}

/**
 * Edits what the cluster has now, with its settings version: read again on every visit (not from the shared list
 * read, nor only from a copy an earlier visit cached), and never re-read under the person's typing.
 */
export function EditRemoteClusterPage({ clusterId, name }: { clusterId: string; name: string }) {
  const { data, error } = useSWR<RemoteCluster, ApiRequestError>(apiPath('remoteCluster', { id: clusterId, name }), {
    revalidateOnFocus: false,
    revalidateOnMount: true,
  });
  const breadcrumbs = useBreadcrumbs(
    REMOTE_CLUSTERS_CRUMB,
    { text: name, path: `/remote-clusters${remoteListSearch({ q: '', open: name })}` },
    { text: 'Edit' },
  );
  return (
    <>
      <EuiPageTemplate.Header
        pageTitle={`Edit remote cluster "${name}"`}
        breadcrumbs={breadcrumbs}
        data-test-subj="editRemoteClusterHeader"
      />
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
          // Keyed by the version: a newer read than the cached copy opens the form on the newer values.
          <RemoteClusterWizard
            key={data.settingsVersion}
            clusterId={clusterId}
            initialValues={formValuesFrom(data)}
            isEdit
          />
        )}
      </EuiPageTemplate.Section>
    </>
  );
}
