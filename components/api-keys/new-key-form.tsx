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
} from '@elastic/eui';
import { useApiAction } from '@/components/api/use-api-action';
import { apiPath } from '@/lib/api/paths';
import { REPLICATION_ACCESS_HELP, SEARCH_ACCESS_HELP } from '@/lib/cross-cluster-api-keys/access-privileges';
import { crossClusterApiKeyCreateSchema } from '@/lib/cross-cluster-api-keys/schema';
import { fieldErrors } from '@/lib/validation/field-errors';
import { ClusterSignInForm } from '../clusters/cluster-sign-in-form';
import { ownerPasswordHelp } from './form/field-messages';

export interface CreatedKey {
  id: string;
  name: string;
  encoded: string;
}

interface Props {
  /** The cluster the key is created on: the remote side, which the local cluster will reach with it. */
  clusterId: string;
  displayName: string;
  /** Prefix of every data-test-subj: <prefix>Create, <prefix>Name, <prefix>SearchPatterns, <prefix>CreateButton... */
  testSubj: string;
  initialName: string;
  /** The index patterns to start from (the roles' remote_indices, when the flow knows them). */
  initialSearch: string[];
  /** Says where the key came from, for whoever lists keys on the remote later. */
  metadata: Record<string, string>;
  /** The password typed at the sign-in to that cluster, in memory only; asked here when absent. */
  remotePassword: string | undefined;
  createLabel: string;
  onCreated: (key: CreatedKey, searchPatterns: string[]) => void;
}

const asOptions = (values: string[]) => values.map((label) => ({ label }));

/**
 * The one form that creates a cross-cluster API key inside a flow (connect, migration): name, search and
 * replication patterns, expiration, and the owner's password. What the person typed stays after a refusal, and a
 * sign-in that ended on the way is offered again in place.
 */
export function NewKeyForm(props: Props) {
  const { clusterId, displayName, testSubj, metadata, onCreated } = props;
  const [name, setName] = useState(props.initialName);
  const [search, setSearch] = useState<string[]>(props.initialSearch);
  const [replication, setReplication] = useState<string[]>([]);
  const [expiration, setExpiration] = useState('');
  const [password, setPassword] = useState('');
  const [signInPassword, setSignInPassword] = useState<string>();
  const [showErrors, setShowErrors] = useState(false);
  const creation = useApiAction<unknown, CreatedKey>('POST');
  const serverError = creation.error;

  const access = {
    ...(search.length ? { search: [{ names: search }] } : {}),
    ...(replication.length ? { replication: [{ names: replication }] } : {}),
  };
  const parsed = crossClusterApiKeyCreateSchema.safeParse({
    name,
    access,
    ...(expiration ? { expiration } : {}),
    metadata: { created_by: 'remote-clusters-console', ...metadata },
  });
  const errors = { ...(serverError?.fields ?? {}), ...(parsed.success ? {} : fieldErrors(parsed.error)) };
  const shown = (field: string) =>
    showErrors
      ? Object.entries(errors).find(([path]) => path === field || path.startsWith(`${field}.`))?.[1]
      : undefined;
  const knownPassword = signInPassword ?? props.remotePassword;
  const passwordError = shown('password') ?? (showErrors && !knownPassword && !password ? 'is required' : undefined);
  const signInRequired = serverError?.status === 401 && Boolean(serverError.payload.attributes?.signInRequired);

  async function create() {
    setShowErrors(true);
    if (!parsed.success || (!knownPassword && !password)) return;
    const url = apiPath('crossClusterApiKeys', { id: clusterId });
    // A refusal stays in creation.error, shown above the fields.
    const created = await creation
      .trigger({ url, body: { ...parsed.data, password: knownPassword ?? password } })
      .catch(() => undefined);
    if (created) onCreated({ id: created.id, name: created.name, encoded: created.encoded }, search);
  }

  if (signInRequired) {
    return (
      <ClusterSignInForm
        clusterId={clusterId}
        displayName={displayName}
        reason={`Your sign-in to ${displayName} has ended: sign in again to create the key.`}
        onSignedIn={(input) => {
          setSignInPassword(input.password);
          creation.reset();
        }}
      />
    );
  }
  const patternsField = (kind: 'Search' | 'Replication', values: string[], setValues: (values: string[]) => void) => (
    <EuiComboBox
      aria-label={`${kind} index patterns`}
      noSuggestions
      selectedOptions={asOptions(values)}
      onCreateOption={(value) => setValues([...values, value.trim()])}
      onChange={(options) => setValues(options.map((option) => option.label))}
      isInvalid={kind === 'Search' && Boolean(shown('access'))}
      data-test-subj={`${testSubj}${kind}Patterns`}
    />
  );
  return (
    <div data-test-subj={`${testSubj}Create`}>
      <EuiSpacer size="s" />
      {serverError && (
        <EuiCallOut
          color="danger"
          iconType="error"
          size="s"
          title={serverError.message}
          data-test-subj={`${testSubj}CreateError`}
        />
      )}
      <EuiFormRow label="Key name" isInvalid={Boolean(shown('name'))} error={shown('name')}>
        <EuiFieldText
          value={name}
          onChange={(event) => setName(event.target.value)}
          isInvalid={Boolean(shown('name'))}
          data-test-subj={`${testSubj}Name`}
        />
      </EuiFormRow>
      <EuiFormRow
        label="Search access: index patterns"
        helpText={`${SEARCH_ACCESS_HELP} Type a pattern and press Enter.`}
        isInvalid={Boolean(shown('access'))}
        error={shown('access')}
      >
        {patternsField('Search', search, setSearch)}
      </EuiFormRow>
      <EuiFormRow label="Replication access: index patterns (optional)" helpText={REPLICATION_ACCESS_HELP}>
        {patternsField('Replication', replication, setReplication)}
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
          isInvalid={Boolean(shown('expiration'))}
          data-test-subj={`${testSubj}Expiration`}
        />
      </EuiFormRow>
      {!knownPassword && (
        <EuiFormRow
          label={`Your password on ${displayName}`}
          helpText={ownerPasswordHelp('creates')}
          isInvalid={Boolean(passwordError)}
          error={passwordError}
        >
          <EuiFieldPassword
            type="dual"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
            data-test-subj={`${testSubj}Password`}
          />
        </EuiFormRow>
      )}
      <EuiSpacer size="s" />
      <EuiButton
        fill
        onClick={create}
        isLoading={creation.isMutating}
        iconType="key"
        data-test-subj={`${testSubj}CreateButton`}
      >
        {props.createLabel}
      </EuiButton>
    </div>
  );
}
