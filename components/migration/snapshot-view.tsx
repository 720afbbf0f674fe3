'use client';
import { CodeBlock } from '@/components/shared/code-block';
import { EuiButton, EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';
import { MIGRATION_INDEX, type SettingsSnapshot } from '@/lib/migration/model';

/** A file of the saved settings, made in the browser from what the server returned (nothing is fetched again). */
function download(alias: string, snapshot: SettingsSnapshot): void {
  const blob = new Blob([`${JSON.stringify({ alias, ...snapshot }, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `remote-cluster-${alias}-settings-${snapshot.takenAt.replace(/[:.]/g, '-')}.json`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the click starts the download asynchronously in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Step b's outcome: the settings as saved, and where they live. */
export function SnapshotView({ alias, snapshot }: { alias: string; snapshot: SettingsSnapshot }) {
  const fromYml = Object.keys(snapshot.nodeDefined).length > 0;
  return (
    <div data-test-subj="migrationSnapshot">
      <EuiText size="s">
        <p>
          Saved {new Date(snapshot.takenAt).toLocaleString()} by {snapshot.takenBy}, in the index{' '}
          <code>{MIGRATION_INDEX}</code> on the local cluster: it survives a closed browser, and a rollback restores
          exactly these values.
        </p>
      </EuiText>
      {fromYml && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            data-test-subj="migrationSnapshotNodeDefined"
            title={
              'Some settings of this alias come from elasticsearch.yml: the API ' +
              'cannot change those, so change them in the file on every node.'
            }
          />
        </>
      )}
      <EuiSpacer size="s" />
      <CodeBlock
        language="json"
        fontSize="s"
        paddingSize="s"
        isCopyable
        overflowHeight={280}
        data-test-subj="migrationSnapshotSettings"
        aria-label="Saved settings"
      >
        {JSON.stringify(
          { persistent: snapshot.persistent, transient: snapshot.transient, 'elasticsearch.yml': snapshot.nodeDefined },
          null,
          2,
        )}
      </CodeBlock>
      <EuiSpacer size="s" />
      <EuiButton
        size="s"
        iconType="download"
        onClick={() => download(alias, snapshot)}
        data-test-subj="migrationDownloadSnapshot"
      >
        Download the saved settings
      </EuiButton>
    </div>
  );
}
