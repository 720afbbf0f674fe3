'use client';
import { REMOTE_CLUSTERS_CRUMB, useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { EuiPageTemplate } from '@elastic/eui';
import { ConnectWizard } from './connect-wizard';

export function ConnectClusterPage(props: {
  localClusterId: string;
  localDisplayName: string;
  refreshIntervalMs: number;
}) {
  const breadcrumbs = useBreadcrumbs(REMOTE_CLUSTERS_CRUMB, { text: 'Connect a cluster' });
  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Connect a cluster"
        breadcrumbs={breadcrumbs}
        data-test-subj="connectClusterHeader"
      />
      <EuiPageTemplate.Section>
        <ConnectWizard {...props} />
      </EuiPageTemplate.Section>
    </>
  );
}
