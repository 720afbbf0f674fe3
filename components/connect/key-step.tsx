'use client';
import { useState } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiComboBox,
  EuiFieldPassword,
  EuiFieldText,
  EuiFormRow,
  EuiSpacer,
  EuiTabbedContent,
  EuiTextArea,
} from '@elastic/eui';
import { SEARCH_ACCESS_HELP } from '@/lib/cross-cluster-api-keys/access-privileges';
import { crossClusterApiKeyCreateSchema } from '@/lib/cross-cluster-api-keys/schema';
import { idOfEncodedKey, type ConnectProgress, type KeyRecord } from '@/lib/connect/progress';
import { ApiRequestError, fetchJson } from '@/lib/http/fetch-json';
import { fieldErrors } from '@/lib/validation/field-errors';
import { apiPath } from '@/lib/api/paths';

interface Props {
  progress: ConnectProgress;
  /** The remote's administrator's password typed at its sign-in, kept in memory only for this request. */
  remotePassword: string | undefined;
  onCreated: (key: KeyRecord, encoded: string) => void;
  onPasted: (key: KeyRecord, encoded: string) => void;
}

const asOptions = (values: string[]) => values.map((label) => ({ label }));

/** Step b: a cross-cluster API key, created on the remote as its administrator, or pasted from elsewhere. */
export function KeyStep({ progress, remotePassword, onCreated, onPasted }: Props) {
  const remote = progress.remote?.kind === 'registered' ? progress.remote : null;
  const tabs = [
    ...(remote
      ? [
          {
            id: 'create',
            name: `Create on ${remote.displayName}`,
            'data-test-subj': 'connectKeyCreateTab',
            content: <CreateKey {...{ progress, remotePassword, onCreated }} clusterId={remote.clusterId} />,
          },
        ]
      : []),
    {
      id: 'paste',
      name: 'Paste a key made elsewhere',
      'data-test-subj': 'connectKeyPasteTab',
      content: <PasteKey onPasted={onPasted} />,
    },
  ];
  return (
    <div data-test-subj="connectKeyStep">
      <EuiTabbedContent tabs={tabs} autoFocus="selected" />
    </div>
  );
}

function CreateKey({
  clusterId,
  progress,
  remotePassword,
  onCreated,
}: Omit<Props, 'onPasted'> & { clusterId: string }) {
  const [name, setName] = useState(`${progress.alias}-cross-cluster`);
  const [expiration, setExpiration] = useState('');
  const [search, setSearch] = useState<string[]>(['logs-*']);
  const [replication, setReplication] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [serverError, setServerError] = useState<ApiRequestError>();
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);

  const access = {
    ...(search.length ? { search: [{ names: search }] } : {}),
    ...(replication.length ? { replication: [{ names: replication }] } : {}),
  };
  const body = {
    name,
    access,
    ...(expiration ? { expiration } : {}),
    metadata: { created_by: 'remote-clusters-console', alias: progress.alias },
  };
  const parsed = crossClusterApiKeyCreateSchema.safeParse(body);
  const errors = { ...(serverError?.fields ?? {}), ...(parsed.success ? {} : fieldErrors(parsed.error)) };
  const shown = (field: string) =>
    showErrors
      ? Object.entries(errors).find(([path]) => path === field || path.startsWith(`${field}.`))?.[1]
      : undefined;
  const accessError = shown('access');

  async function create() {
    setShowErrors(true);
    if (!parsed.success) return;
    setBusy(true);
    setServerError(undefined);
    try {
      const created = await fetchJson<{ id: string; name: string; encoded: string }>(
        apiPath('crossClusterApiKeys', { id: clusterId }),
        {
          method: 'POST',
          body: { ...parsed.data, password: remotePassword ?? password },
        },
      );
      onCreated({ id: created.id, name: created.name, source: 'created', searchPatterns: search }, created.encoded);
    } catch (error) {
      setServerError(error instanceof ApiRequestError ? error : undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div data-test-subj="connectKeyCreate">
      <EuiSpacer />
      {serverError && (
        <EuiCallOut
          color="danger"
          iconType="error"
          size="s"
          title={serverError.message}
          data-test-subj="connectKeyCreateError"
        />
      )}
      <EuiFormRow label="Key name" isInvalid={Boolean(shown('name'))} error={shown('name')}>
        <EuiFieldText value={name} onChange={(event) => setName(event.target.value)} data-test-subj="connectKeyName" />
      </EuiFormRow>
      <EuiFormRow
        label="Search access: index patterns"
        helpText={`${SEARCH_ACCESS_HELP} Type a pattern and press Enter.`}
        isInvalid={Boolean(accessError)}
        error={accessError}
      >
        <EuiComboBox
          aria-label="Search index patterns"
          noSuggestions
          selectedOptions={asOptions(search)}
          onCreateOption={(value) => setSearch([...search, value.trim()])}
          onChange={(options) => setSearch(options.map((option) => option.label))}
          data-test-subj="connectKeySearchPatterns"
        />
      </EuiFormRow>
      <EuiFormRow
        label="Replication access: index patterns (optional)"
        helpText="Grants cross_cluster_replication on these patterns, for follower indices."
      >
        <EuiComboBox
          aria-label="Replication index patterns"
          noSuggestions
          selectedOptions={asOptions(replication)}
          onCreateOption={(value) => setReplication([...replication, value.trim()])}
          onChange={(options) => setReplication(options.map((option) => option.label))}
          data-test-subj="connectKeyReplicationPatterns"
        />
      </EuiFormRow>
      <EuiFormRow
        label="Expiration (optional)"
        helpText="Such as 90d. Without it the key never expires."
        isInvalid={Boolean(shown('expiration'))}
        error={shown('expiration')}
      >
        <EuiFieldText
          value={expiration}
          onChange={(event) => setExpiration(event.target.value.trim())}
          data-test-subj="connectKeyExpiration"
        />
      </EuiFormRow>
      {!remotePassword && (
        <EuiFormRow
          label="Your password on the remote"
          helpText="Elasticsearch creates cross-cluster API keys only with a user's own credentials. Used for this request only, never stored."
          isInvalid={Boolean(shown('password'))}
          error={shown('password')}
        >
          <EuiFieldPassword
            type="dual"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
            data-test-subj="connectKeyPassword"
          />
        </EuiFormRow>
      )}
      <EuiSpacer />
      <EuiButton fill onClick={create} isLoading={busy} iconType="key" data-test-subj="connectKeyCreateButton">
        Create the key
      </EuiButton>
    </div>
  );
}

function PasteKey({ onPasted }: Pick<Props, 'onPasted'>) {
  const [encoded, setEncoded] = useState('');
  const [showError, setShowError] = useState(false);
  const result = idOfEncodedKey(encoded);
  const error = 'error' in result ? `The key ${result.error}.` : undefined;
  return (
    <div data-test-subj="connectKeyPaste">
      <EuiSpacer />
      <EuiFormRow
        label="Encoded cross-cluster API key"
        helpText="The encoded value the remote's administrator gave you. It stays in this browser: the console never sends it anywhere."
        isInvalid={showError && Boolean(error)}
        error={error}
      >
        <EuiTextArea
          value={encoded}
          onChange={(event) => setEncoded(event.target.value)}
          rows={3}
          aria-label="Encoded cross-cluster API key"
          data-test-subj="connectKeyPasteInput"
        />
      </EuiFormRow>
      <EuiButton
        fill
        onClick={() => {
          setShowError(true);
          if ('id' in result)
            onPasted({ id: result.id, name: '(made elsewhere)', source: 'pasted', searchPatterns: [] }, encoded.trim());
        }}
        data-test-subj="connectKeyPasteButton"
      >
        Use this key
      </EuiButton>
    </div>
  );
}
