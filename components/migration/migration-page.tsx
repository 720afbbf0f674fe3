'use client';
import { REMOTE_CLUSTERS_CRUMB, useBreadcrumbs } from '@/components/layout/breadcrumbs';
import { useRouter } from 'next/navigation';
import { EuiButtonEmpty, EuiPageTemplate } from '@elastic/eui';
import { MigrationAssistant } from './migration-assistant';

interface Props {
  localClusterId: string;
  localDisplayName: string;
  alias: string;
  initialRemoteClusterId: string | undefined;
}

export function MigrationPage(props: Props) {
  const router = useRouter();
  const breadcrumbs = useBreadcrumbs(
    REMOTE_CLUSTERS_CRUMB,
    { text: 'Migrate certificate remotes', path: '/remote-clusters/migrate' },
    { text: props.alias },
  );
  return (
    <>
      <EuiPageTemplate.Header
        pageTitle={`Migrate "${props.alias}" to the API-key model`}
        breadcrumbs={breadcrumbs}
        description={
          `In place: the alias stays ${props.alias}, so searches, ` +
          `replication and jobs keep their names. Every ` +
          `step shows its requests before it runs, and the ` +
          `saved settings allow a rollback at any point.`
        }
        rightSideItems={[
          <EuiButtonEmpty
            key="list"
            iconType="chevronSingleLeft"
            onClick={() => router.push('/remote-clusters/migrate')}
            data-test-subj="migrationBackToList"
          >
            Certificate-model remotes
          </EuiButtonEmpty>,
        ]}
        data-test-subj="migrationHeader"
      />
      <EuiPageTemplate.Section>
        <MigrationAssistant {...props} />
      </EuiPageTemplate.Section>
    </>
  );
}
