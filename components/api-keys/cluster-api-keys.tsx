'use client';
import { useCallback, useState } from 'react';
import dynamic from 'next/dynamic';
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
import { ApiKeysTable, apiKeyDetailPath } from './api-keys-table';
import type { CreatedApiKey } from './created-key-modal';
import type { InvalidateOutcome } from './invalidate-api-keys-modal';
import { signInRequiredBy, useCrossClusterApiKeys } from './use-cross-cluster-api-keys';
import { StaleStateCallout } from '@/components/shared/stale-state-callout';

// Shown only after a click (or a ?key= address): loaded then, not with the list's first view. The key form with
// its access editor is the heaviest of them.
const KeyDetailFlyout = dynamic(() => import('./key-detail-flyout').then((m) => m.KeyDetailFlyout), { ssr: false });
const KeyFlyout = dynamic(() => import('./form/key-flyout').then((m) => m.KeyFlyout), { ssr: false });
const CreatedKeyModal = dynamic(() => import('./created-key-modal').then((m) => m.CreatedKeyModal), { ssr: false });
const InvalidateApiKeysModal = dynamic(
  () => import('./invalidate-api-keys-modal').then((m) => m.InvalidateApiKeysModal),
  { ssr: false },
);

export const SIGN_IN_REASON =
  'Cross-cluster API keys are managed on the cluster that will be ' +
  'searched (the remote): sign in as its administrator (manage_security)';

interface Props {
  cluster: RegisteredClusterView;
  refreshIntervalMs: number;
  /** After an inline sign-in: the page revalidates which clusters the session is signed in to. */
  onSignedIn: () => void;
  /** The keys the server read while rendering the page, when it could within its budget. */
  firstRows?: CrossClusterApiKey[];
  /** The key of ?key=, whose detail opens at once. */
  initialKeyId?: string;
}

type Flyout = { kind: 'create' } | { kind: 'edit'; apiKey: CrossClusterApiKey };

/** The keys of one cluster the session is signed in to: list, create, edit, invalidate. */
/** Keeps the open key in the address, so it can be shared and survives a reload (no history entry per open). */
function showInAddress(path: string) {
  window.history.replaceState(null, '', path);
}

export function ClusterApiKeys({ cluster, refreshIntervalMs, onSignedIn, firstRows, initialKeyId }: Props) {
  const { data, error, isValidating, mutate, loadedAt } = useCrossClusterApiKeys(
    cluster.id,
    refreshIntervalMs,
    firstRows,
  );
  const [flyout, setFlyout] = useState<Flyout>();
  // The key whose detail is open, by id: the detail follows the polled list.
  const [openKeyId, setOpenKeyId] = useState(initialKeyId);
  const openKey = openKeyId === undefined ? undefined : data?.find((key) => key.id === openKeyId);
  const missingKey = openKeyId !== undefined && data !== undefined && openKey === undefined;
  // The new key's secret: here only while the modal shows it, then dropped.
  const [created, setCreated] = useState<CreatedApiKey>();
  const [selection, setSelection] = useState<CrossClusterApiKey[]>([]);
  const [toInvalidate, setToInvalidate] = useState<CrossClusterApiKey[]>();
  const [outcome, setOutcome] = useState<{ color: 'success' | 'warning'; title: string; details: string[] }>();

  const edit = useCallback((apiKey: CrossClusterApiKey) => setFlyout({ kind: 'edit', apiKey }), []);
  const open = useCallback(
    (apiKey: CrossClusterApiKey) => {
      setOpenKeyId(apiKey.id);
      showInAddress(apiKeyDetailPath(cluster.id, apiKey.id));
    },
    [cluster.id],
  );
  function closeDetail() {
    setOpenKeyId(undefined);
    showInAddress(`/api-keys?cluster=${encodeURIComponent(cluster.id)}`);
  }
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
      {missingKey && (
        <>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={`There is no cross-cluster API key with id "${openKeyId}" on ${cluster.displayName}.`}
            onDismiss={closeDetail}
            data-test-subj="apiKeyDetailMissing"
          />
          <EuiSpacer size="m" />
        </>
      )}
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
            clusterId={cluster.id}
            apiKeys={data}
            onOpen={open}
            selection={selection}
            onSelectionChange={setSelection}
            onEdit={edit}
            onInvalidate={askInvalidate}
          />
        </>
      )}
      {openKey && !flyout && (
        <KeyDetailFlyout
          apiKey={openKey}
          clusterDisplayName={cluster.displayName}
          onClose={closeDetail}
          onEdit={edit}
          onInvalidate={(apiKey) => askInvalidate([apiKey])}
        />
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
