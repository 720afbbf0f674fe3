'use client';
import { EuiPageTemplate } from '@elastic/eui';
import { ConnectWizard } from './connect-wizard';

export function ConnectClusterPage(props: {
  localClusterId: string;
  localDisplayName: string;
  refreshIntervalMs: number;
}) {
  return (
    <>
      <EuiPageTemplate.Header pageTitle="Connect a cluster" data-test-subj="connectClusterHeader" />
      <EuiPageTemplate.Section>
        <ConnectWizard {...props} />
      </EuiPageTemplate.Section>
    </>
  );
}
