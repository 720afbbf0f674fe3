'use client';
import { useState } from 'react';
import { EuiButton, EuiCallOut, EuiFieldPassword, EuiFieldText, EuiFormRow, EuiSpacer } from '@elastic/eui';
import { SEARCH_ACCESS_HELP } from '@/lib/cross-cluster-api-keys/access-privileges';
import { crossClusterApiKeyCreateSchema } from '@/lib/cross-cluster-api-keys/schema';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';
import { fieldErrors } from '@/lib/validation/field-errors';
import { ClusterSignInForm } from '../clusters/cluster-sign-in-form';
import { apiPath } from '@/lib/api/paths';

export interface CreatedKey {
  id: string;
  name: string;
  encoded: string;
}

interface Props {
  clusterId: string;
  displayName: string;
  alias: string;
  /** The index patterns the roles' remote_indices name: the key must allow at least those. */
  defaultSearch: string[];
  /** The password typed at the inline sign-in, in memory only; asked again after a reload. */
  remotePassword: string | undefined;
  onCreated: (key: CreatedKey) => void;
}

const patterns = (text: string) =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * A compact cross-cluster API key form (the connect flow's KeyStep is bound to its own progress record). The key
 * bounds what the local cluster may reach on the remote, so the search patterns start from the roles' ones.
 */
export function CrossClusterKeyForm({
  clusterId,
  displayName,
  alias,
  defaultSearch,
  remotePassword,
  onCreated,
}: Props) {
  const [name, setName] = useState(`${alias}-migration`);
  const [search, setSearch] = useState(defaultSearch.join(', '));
  const [replication, setReplication] = useState('');
  const [password, setPassword] = useState('');
  const [signInPassword, setSignInPassword] = useState<string>();
  const [showErrors, setShowErrors] = useState(false);
  const [serverError, setServerError] = useState<ApiRequestError>();
  const [busy, setBusy] = useState(false);

  const access = {
    ...(patterns(search).length ? { search: [{ names: patterns(search) }] } : {}),
    ...(patterns(replication).length ? { replication: [{ names: patterns(replication) }] } : {}),
  };
  const parsed = crossClusterApiKeyCreateSchema.safeParse({
    name,
    access,
    metadata: { created_by: 'remote-clusters-console', purpose: 'migration', alias },
  });
  const errors = { ...(serverError?.fields ?? {}), ...(parsed.success ? {} : fieldErrors(parsed.error)) };
  const shown = (field: string) =>
    showErrors
      ? Object.entries(errors).find(([path]) => path === field || path.startsWith(`${field}.`))?.[1]
      : undefined;
  const knownPassword = signInPassword ?? remotePassword;
  const signInRequired = serverError?.status === 401 && Boolean(serverError.payload.attributes?.signInRequired);

  async function create() {
    setShowErrors(true);
    if (!parsed.success || (!knownPassword && !password)) return;
    setBusy(true);
    setServerError(undefined);
    try {
      const created = await fetchJson<CreatedKey>(apiPath('crossClusterApiKeys', { id: clusterId }), {
        method: 'POST',
        body: { ...parsed.data, password: knownPassword ?? password },
      });
      onCreated({ id: created.id, name: created.name, encoded: created.encoded });
    } catch (error) {
      setServerError(error instanceof ApiRequestError ? error : undefined);
    } finally {
      setBusy(false);
    }
  }

  if (signInRequired) {
    return (
      <ClusterSignInForm
        clusterId={clusterId}
        displayName={displayName}
        reason={`Your sign-in to ${displayName} has ended: sign in again to create the key.`}
        onSignedIn={(input) => {
          setSignInPassword(input.password);
          setServerError(undefined);
        }}
      />
    );
  }
  const passwordError = shown('password') ?? (showErrors && !knownPassword && !password ? 'is required' : undefined);
  return (
    <div data-test-subj="migrationKeyForm">
      {serverError && (
        <EuiCallOut
          color="danger"
          iconType="error"
          size="s"
          title={serverError.message}
          data-test-subj="migrationKeyError"
        />
      )}
      <EuiFormRow label="Key name" isInvalid={Boolean(shown('name'))} error={shown('name')}>
        <EuiFieldText
          value={name}
          onChange={(event) => setName(event.target.value)}
          isInvalid={Boolean(shown('name'))}
          data-test-subj="migrationKeyName"
        />
      </EuiFormRow>
      <EuiFormRow
        label="Search access: index patterns"
        helpText={`Comma-separated. ${SEARCH_ACCESS_HELP}`}
        isInvalid={Boolean(shown('access'))}
        error={shown('access')}
      >
        <EuiFieldText
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          isInvalid={Boolean(shown('access'))}
          data-test-subj="migrationKeySearch"
        />
      </EuiFormRow>
      <EuiFormRow
        label="Replication access: index patterns (optional)"
        helpText="Comma-separated; needed by follower indices and auto-follow patterns."
      >
        <EuiFieldText
          value={replication}
          onChange={(event) => setReplication(event.target.value)}
          data-test-subj="migrationKeyReplication"
        />
      </EuiFormRow>
      {!knownPassword && (
        <EuiFormRow
          label={`Your password on ${displayName}`}
          helpText="Elasticsearch creates cross-cluster API keys only with a user's own credentials. Used for this request only."
          isInvalid={Boolean(passwordError)}
          error={passwordError}
        >
          <EuiFieldPassword
            type="dual"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
            data-test-subj="migrationKeyPassword"
          />
        </EuiFormRow>
      )}
      <EuiSpacer size="s" />
      <EuiButton onClick={create} isLoading={busy} iconType="key" data-test-subj="migrationKeyCreate">
        Create the key on {displayName}
      </EuiButton>
    </div>
  );
}
