'use client';
import { useState, type FormEvent } from 'react';
import { EuiButton, EuiCallOut, EuiForm, EuiSpacer } from '@elastic/eui';
import type { useApiAction } from '@/components/api/use-api-action';
import { apiPath } from '@/lib/api/paths';
import { emptySearchRow } from '@/lib/cross-cluster-api-keys/access-form';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { ClusterSignInForm } from '../../clusters/cluster-sign-in-form';
import { formatDate } from '../api-key-cells';
import type { CreatedApiKey } from '../created-key-modal';
import { describeErrorPath } from './field-messages';
import { KeyFormFields } from './key-form-fields';
import {
  emptyKeyFormValues,
  keyFormValuesFrom,
  requestPreview,
  validateCreate,
  validateUpdate,
  type KeyFormValues,
} from './key-form-values';

export type KeyWrite = ReturnType<typeof useApiAction<unknown, CreatedApiKey | CrossClusterApiKey>>;

/** Where a flow starts a new key (the connect wizard, the migration assistant); the API keys page starts empty. */
export interface KeyStart {
  name: string;
  searchPatterns: string[];
  metadata: Record<string, string>;
}

interface Props {
  /** The form element's id, so a button outside it (a flyout's footer) can submit it. */
  formId: string;
  /** The cluster the key is on: the remote side, which the local cluster will reach with it. */
  clusterId: string;
  clusterDisplayName: string;
  /** The key to edit; absent to create one. */
  apiKey?: CrossClusterApiKey;
  start?: KeyStart;
  /** The password the person typed at the sign-in to that cluster (in memory only): not asked again. */
  knownPassword?: string;
  /** The request, owned by the caller so its busy flag can sit on a button outside the form. */
  write: KeyWrite;
  /** A submit button inside the form, for a form that is not in a flyout. */
  submitButton?: { label: string; testSubj: string };
  /** With the search patterns the key was created with (what a test search may use). */
  onCreated?: (created: CreatedApiKey, searchPatterns: string[]) => void;
  onSaved?: () => void;
}

function initialValues({ apiKey, start, knownPassword }: Props): KeyFormValues {
  const values = apiKey ? keyFormValuesFrom(apiKey) : emptyKeyFormValues();
  if (start) {
    values.name = start.name;
    values.rows = [{ ...emptySearchRow(), names: start.searchPatterns }];
    values.metadata = JSON.stringify({ created_by: 'remote-clusters-console', ...start.metadata }, null, 2);
  }
  return { ...values, password: knownPassword ?? '' };
}

/**
 * The one cross-cluster API key form: create and edit on the API keys page, create in the connect wizard and the
 * migration assistant. Nothing is sent while anything is invalid, a refused request leaves every value as typed, and
 * a sign-in to that cluster that ended on the way is offered again in place.
 */
export function KeyForm(props: Props) {
  const { formId, clusterId, clusterDisplayName, apiKey, write, submitButton } = props;
  const [values, setValues] = useState<KeyFormValues>(() => initialValues(props));
  const [passwordKnown, setPasswordKnown] = useState(props.knownPassword !== undefined);
  const [showErrors, setShowErrors] = useState(false);
  const saveError = write.error;
  const signInRequired = saveError?.status === 401 && Boolean(saveError.payload.attributes?.signInRequired);

  const validation = apiKey ? validateUpdate(values, Object.keys(apiKey.metadata).length > 0) : validateCreate(values);
  // The server's per-field messages (such as the password) stay next to their field until the next attempt.
  const errors = showErrors ? { ...(saveError?.fields ?? {}), ...validation.errors } : {};
  const summary = Object.entries(errors);
  const request = validation.body ? requestPreview(validation.body, apiKey?.id) : undefined;
  const change = (patch: Partial<KeyFormValues>) => setValues((current) => ({ ...current, ...patch }));

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setShowErrors(true);
    write.reset();
    if (!validation.ready || !validation.body) return;
    const body = { ...validation.body, password: values.password };
    // The cluster's key list is read again once the key is created or changed.
    const invalidates = [apiPath('crossClusterApiKeys', { id: clusterId })];
    // A refusal stays in write.error, shown above the fields; nothing typed is cleared.
    if (apiKey) {
      const url = apiPath('crossClusterApiKey', { id: clusterId, ids: apiKey.id });
      if (await write.trigger({ url, body, invalidates }).catch(() => undefined)) props.onSaved?.();
    } else {
      const url = apiPath('crossClusterApiKeys', { id: clusterId });
      const created = await write.trigger({ url, body, invalidates }).catch(() => undefined);
      const searchPatterns = values.rows.filter((row) => row.kind === 'search').flatMap((row) => row.names);
      if (created) props.onCreated?.(created as CreatedApiKey, searchPatterns);
    }
  }

  if (signInRequired) {
    const verb = apiKey ? 'save' : 'create';
    return (
      <ClusterSignInForm
        clusterId={clusterId}
        displayName={clusterDisplayName}
        reason={`Your sign-in to ${clusterDisplayName} has ended: sign in again to ${verb} the key.`}
        onSignedIn={(input) => {
          change({ password: input.password });
          setPasswordKnown(true);
          write.reset();
        }}
      />
    );
  }
  return (
    <EuiForm component="form" id={formId} onSubmit={submit} aria-label={apiKey ? 'Edit the key' : 'Create a key'}>
      {saveError && (
        <>
          <EuiCallOut
            color="danger"
            iconType="error"
            title={apiKey ? 'The key was not updated' : 'The key was not created'}
            data-test-subj="apiKeysSaveError"
          >
            <p>{saveError.message}</p>
          </EuiCallOut>
          <EuiSpacer />
        </>
      )}
      {summary.length > 0 && (
        <>
          <EuiCallOut
            color="danger"
            iconType="error"
            size="s"
            title="Fix these fields first"
            data-test-subj="apiKeysFormErrors"
          >
            <ul>
              {summary.map(([path, message]) => (
                <li key={path}>
                  {describeErrorPath(path, values.rows, values.accessJson !== undefined)}: {message}
                </li>
              ))}
            </ul>
          </EuiCallOut>
          <EuiSpacer />
        </>
      )}
      <KeyFormFields
        mode={apiKey ? 'edit' : 'create'}
        values={values}
        errors={errors}
        clusterDisplayName={clusterDisplayName}
        currentExpiry={apiKey ? (apiKey.expiresAt ? formatDate(apiKey.expiresAt) : 'never') : undefined}
        askPassword={!passwordKnown}
        request={request}
        onChange={change}
      />
      {submitButton && (
        <>
          <EuiSpacer />
          <EuiButton
            fill
            type="submit"
            iconType="key"
            isLoading={write.isMutating}
            data-test-subj={submitButton.testSubj}
          >
            {submitButton.label}
          </EuiButton>
        </>
      )}
    </EuiForm>
  );
}
