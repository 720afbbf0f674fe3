'use client';
import { useState, type FormEvent } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiForm,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import type { CrossClusterApiKey } from '@/lib/cross-cluster-api-keys/model';
import { useApiAction } from '@/components/api/use-api-action';
import { apiPath } from '@/lib/api/paths';
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

interface Props {
  /** The cluster the key is on (the remote side). */
  clusterId: string;
  clusterDisplayName: string;
  /** The key to edit; absent to create one. */
  apiKey?: CrossClusterApiKey;
  onClose: () => void;
  onCreated: (created: CreatedApiKey) => void;
  onSaved: () => void;
}

/** Create and edit. Nothing is sent while anything is invalid, and a refused request leaves every value as typed. */
export function KeyFlyout({ clusterId, clusterDisplayName, apiKey, onClose, onCreated, onSaved }: Props) {
  const mode = apiKey ? 'edit' : 'create';
  const [values, setValues] = useState<KeyFormValues>(() =>
    apiKey ? keyFormValuesFrom(apiKey) : emptyKeyFormValues(),
  );
  const [showErrors, setShowErrors] = useState(false);
  const write = useApiAction<unknown, CreatedApiKey | CrossClusterApiKey>(apiKey ? 'PUT' : 'POST');
  const saveError = write.error;

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
    // A refusal stays in write.error, shown beside the fields; nothing typed is cleared.
    if (apiKey) {
      const url = apiPath('crossClusterApiKey', { id: clusterId, ids: apiKey.id });
      if (await write.trigger({ url, body }).catch(() => undefined)) onSaved();
    } else {
      const url = apiPath('crossClusterApiKeys', { id: clusterId });
      const created = await write.trigger({ url, body }).catch(() => undefined);
      if (created) onCreated(created as CreatedApiKey);
    }
  }

  const title = apiKey ? `Edit cross-cluster API key "${apiKey.name}"` : 'Create a cross-cluster API key';
  return (
    <EuiFlyout
      onClose={onClose}
      size="m"
      ownFocus
      aria-labelledby="apiKeysFlyoutTitle"
      data-test-subj={apiKey ? 'apiKeysEditFlyout' : 'apiKeysCreateFlyout'}
      closeButtonProps={{ 'aria-label': 'Close', 'data-test-subj': 'apiKeysFlyoutClose' }}
    >
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id="apiKeysFlyoutTitle">{title}</h2>
        </EuiTitle>
        <EuiSpacer size="s" />
        <EuiText size="s" color="subdued">
          <p>
            {apiKey
              ? `On ${clusterDisplayName}. The new access replaces the current one as a whole.`
              : `On ${clusterDisplayName}, the cluster that will be ` +
                `searched. The local cluster then connects with the key.`}
          </p>
        </EuiText>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        <EuiForm component="form" id="apiKeysKeyForm" onSubmit={submit} aria-label={title}>
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
            mode={mode}
            values={values}
            errors={errors}
            clusterDisplayName={clusterDisplayName}
            currentExpiry={apiKey ? (apiKey.expiresAt ? formatDate(apiKey.expiresAt) : 'never') : undefined}
            request={request}
            onChange={change}
          />
        </EuiForm>
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="apiKeysFlyoutCancel">
              Cancel
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiButton
              fill
              type="submit"
              form="apiKeysKeyForm"
              iconType="check"
              isLoading={write.isMutating}
              data-test-subj="apiKeysFlyoutSubmit"
            >
              {apiKey ? 'Save changes' : 'Create key'}
            </EuiButton>
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
