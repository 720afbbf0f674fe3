'use client';
import { useCallback, useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiEmptyPrompt,
  EuiFlexGroup,
  EuiFlexItem,
  EuiLoadingSpinner,
  EuiSpacer,
  EuiText,
} from '@elastic/eui';
import { ClusterSignInForm } from '@/components/clusters/cluster-sign-in-form';
import type { RegisteredClusterView } from '@/lib/clusters/model';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { ApiKeysTable } from './api-keys-table';
import { CreatedKeyModal, type CreatedApiKey } from './created-key-modal';
import { KeyFlyout } from './form/key-flyout';
import { InvalidateApiKeysModal, type InvalidateOutcome } from './invalidate-api-keys-modal';
import { signInRequiredBy, useCrossClusterApiKeys } from './use-cross-cluster-api-keys';
import { StaleStateCallout } from '@/components/shared/stale-state-callout';

export const SIGN_IN_REASON =
  'Cross-cluster API keys are managed on the cluster that will be ' +
  'searched (the remote): sign in as its administrator (manage_security)';

interface Props {
  cluster: RegisteredClusterView;
  refreshIntervalMs: number;
  /** After an inline sign-in: the page revalidates which clusters the session is signed in to. */
  onSignedIn: () => void;
}

type Flyout = { kind: 'create' } | { kind: 'edit'; apiKey: CrossClusterApiKey };

/** The keys of one cluster the session is signed in to: list, create, edit, invalidate. */
export function ClusterApiKeys({ cluster, refreshIntervalMs, onSignedIn }: Props) {
  const { data, error, isValidating, mutate, loadedAt } = useCrossClusterApiKeys(cluster.id, refreshIntervalMs);
  const [flyout, setFlyout] = useState<Flyout>();
  // The new key's secret: here only while the modal shows it, then dropped.
  const [created, setCreated] = useState<CreatedApiKey>();
  const [selection, setSelection] = useState<CrossClusterApiKey[]>([]);
  const [toInvalidate, setToInvalidate] = useState<CrossClusterApiKey[]>();
  const [outcome, setOutcome] = useState<{ color: 'success' | 'warning'; title: string; details: string[] }>();

  const edit = useCallback((apiKey: CrossClusterApiKey) => setFlyout({ kind: 'edit', apiKey }), []);
  const askInvalidate = useCallback((apiKeys: CrossClusterApiKey[]) => setToInvalidate(apiKeys), []);

  function invalidated(result: InvalidateOutcome) {
    const nameOf = (id: string) => data?.find((key) => key.id === id)?.name ?? id;
    setOutcome({
      color: result.errors.length > 0 ? 'warning' : 'success',
      title:
        result.invalidated.length > 0
          ? `Invalidated ${result.invalidated.map(nameOf).join(', ')}`
          : 'Nothing was invalidated',
      details: result.errors.map(({ id, error: failure }) => `${nameOf(id)}: ${failure.payload.message}`),
    });
    setToInvalidate(undefined);
    setSelection([]);
  }

  if (signInRequiredBy(error)) {
    return (
      <ClusterSignInForm
        clusterId={cluster.id}
        displayName={cluster.displayName}
        reason={SIGN_IN_REASON}
        onSignedIn={() => {
          onSignedIn();
          void mutate();
        }}
      />
    );
  }

  const createButton = (
    <EuiButton
      fill
      iconType="plusCircle"
      onClick={() => setFlyout({ kind: 'create' })}
      data-test-subj="apiKeysCreateButton"
    >
      Create a cross-cluster API key
    </EuiButton>
  );

  return (
    <>
      <EuiFlexGroup justifyContent="flexEnd" gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty
            iconType="refresh"
            isLoading={isValidating}
            onClick={() => void mutate()}
            data-test-subj="apiKeysRefresh"
            aria-label="Refresh the list"
          >
            Refresh
          </EuiButtonEmpty>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>{createButton}</EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      {outcome && (
        <>
          <EuiCallOut
            color={outcome.color}
            iconType={outcome.color === 'success' ? 'check' : 'warning'}
            title={outcome.title}
            onDismiss={() => setOutcome(undefined)}
            data-test-subj="apiKeysOutcome"
          >
            {outcome.details.length > 0 && (
              <EuiText size="s">
                <ul>
                  {outcome.details.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </EuiText>
            )}
          </EuiCallOut>
          <EuiSpacer size="m" />
        </>
      )}
      {error && data === undefined ? (
        <EuiCallOut
          color="danger"
          iconType="error"
          title={`The cross-cluster API keys of ${cluster.displayName} could not be loaded`}
          data-test-subj="apiKeysLoadError"
        >
          <p>{error.message}</p>
          {error.status === 403 && (
            <p>
              Reading every key needs <code>manage_security</code> (or <code>manage_api_key</code>) on{' '}
              {cluster.displayName}.
            </p>
          )}
          <EuiButton color="danger" onClick={() => void mutate()} data-test-subj="apiKeysRetry">
            Try again
          </EuiButton>
        </EuiCallOut>
      ) : data === undefined ? (
        <EuiEmptyPrompt
          icon={<EuiLoadingSpinner size="xl" />}
          title={<h2>Loading cross-cluster API keys</h2>}
          data-test-subj="apiKeysLoading"
        />
      ) : data.length === 0 ? (
        <EuiEmptyPrompt
          iconType="key"
          title={<h2>No cross-cluster API keys on {cluster.displayName}</h2>}
          body={<p>A local cluster connects to this one with a cross-cluster API key created here.</p>}
          actions={createButton}
          data-test-subj="apiKeysEmpty"
        />
      ) : (
        <>
          {error && <StaleStateCallout error={error} loadedAt={loadedAt} testSubj="apiKeysRefreshError" />}
          <ApiKeysTable
            apiKeys={data}
            selection={selection}
            onSelectionChange={setSelection}
            onEdit={edit}
            onInvalidate={askInvalidate}
          />
        </>
      )}
      {flyout && (
        <KeyFlyout
          key={flyout.kind === 'edit' ? flyout.apiKey.id : 'create'}
          clusterId={cluster.id}
          clusterDisplayName={cluster.displayName}
          apiKey={flyout.kind === 'edit' ? flyout.apiKey : undefined}
          onClose={() => setFlyout(undefined)}
          onCreated={(key) => {
            setFlyout(undefined);
            setCreated(key);
          }}
          onSaved={() => {
            const name = flyout.kind === 'edit' ? flyout.apiKey.name : '';
            setFlyout(undefined);
            setOutcome({ color: 'success', title: `Updated ${name}`, details: [] });
          }}
        />
      )}
      {created && (
        <CreatedKeyModal
          created={created}
          clusterId={cluster.id}
          clusterDisplayName={cluster.displayName}
          onClose={() => setCreated(undefined)}
        />
      )}
      {toInvalidate && (
        <InvalidateApiKeysModal
          clusterId={cluster.id}
          apiKeys={toInvalidate}
          onCancel={() => setToInvalidate(undefined)}
          onDone={invalidated}
        />
      )}
    </>
  );
}
