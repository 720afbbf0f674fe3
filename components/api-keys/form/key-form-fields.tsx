'use client';
import { CodeBlock } from '@/components/shared/code-block';
import {
  EuiAccordion,
  EuiFieldPassword,
  EuiFieldText,
  EuiFormRow,
  EuiSpacer,
  EuiText,
  EuiTextArea,
} from '@elastic/eui';
import { AccessSection } from './access-section';
import { ownerPasswordHelp } from './field-messages';
import type { KeyFormValues } from './key-form-values';

interface Props {
  mode: 'create' | 'edit';
  values: KeyFormValues;
  errors: Record<string, string>;
  clusterDisplayName: string;
  /** The key's current expiry, shown when editing ("never" or a date). */
  currentExpiry?: string;
  /** Whether to ask for the password (not when the flow has it from the sign-in there). */
  askPassword: boolean;
  /** The exact Elasticsearch request, or undefined while the form is invalid. */
  request: string | undefined;
  onChange: (patch: Partial<KeyFormValues>) => void;
}

/** The fields the create and edit flyouts share; edit leaves out the name, which Elasticsearch cannot change. */
export function KeyFormFields(props: Props) {
  const { mode, values, errors, clusterDisplayName, currentExpiry, askPassword, request, onChange } = props;
  const verb = mode === 'create' ? 'creates' : 'updates';
  return (
    <>
      {mode === 'create' && (
        <EuiFormRow
          label="Name"
          helpText="Say what the key is for, such as the local cluster that will use it."
          isInvalid={Boolean(errors.name)}
          error={errors.name}
          fullWidth
        >
          <EuiFieldText
            value={values.name}
            isInvalid={Boolean(errors.name)}
            onChange={(event) => onChange({ name: event.target.value })}
            fullWidth
            data-test-subj="apiKeysNameInput"
          />
        </EuiFormRow>
      )}
      <EuiFormRow
        label="Expiration (optional)"
        helpText={
          mode === 'create'
            ? 'A duration from now, such as 30d, 12h or 90m. Empty: the key never expires.'
            : `A new duration from now, such as 30d. Empty: keep the current expiry (${currentExpiry ?? 'never'}).`
        }
        isInvalid={Boolean(errors.expiration)}
        error={errors.expiration}
      >
        <EuiFieldText
          value={values.expiration}
          placeholder="30d"
          isInvalid={Boolean(errors.expiration)}
          onChange={(event) => onChange({ expiration: event.target.value })}
          data-test-subj="apiKeysExpirationInput"
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      <AccessSection rows={values.rows} accessJson={values.accessJson} errors={errors} onChange={onChange} />
      <EuiSpacer size="m" />
      <EuiFormRow
        label="Metadata (optional)"
        helpText={
          mode === 'create'
            ? 'A JSON object, such as {"purpose": "search from prod"}.'
            : 'A JSON object; it replaces the current metadata. Empty: remove it.'
        }
        isInvalid={Boolean(errors.metadata)}
        error={Object.entries(errors)
          .filter(([path]) => path === 'metadata' || path.startsWith('metadata.'))
          .map(([path, message]) => (path === 'metadata' ? message : `${path.slice('metadata.'.length)}: ${message}`))}
        fullWidth
      >
        <EuiTextArea
          value={values.metadata}
          rows={3}
          fullWidth
          isInvalid={Boolean(errors.metadata) || Object.keys(errors).some((path) => path.startsWith('metadata.'))}
          onChange={(event) => onChange({ metadata: event.target.value })}
          data-test-subj="apiKeysMetadataInput"
          style={{ fontFamily: 'monospace' }}
        />
      </EuiFormRow>
      <EuiSpacer size="m" />
      {askPassword && (
        <EuiFormRow
          label={`Your password on ${clusterDisplayName}`}
          helpText={ownerPasswordHelp(verb)}
          isInvalid={Boolean(errors.password)}
          error={errors.password}
        >
          <EuiFieldPassword
            type="dual"
            value={values.password}
            autoComplete="current-password"
            isInvalid={Boolean(errors.password)}
            onChange={(event) => onChange({ password: event.target.value })}
            data-test-subj="apiKeysPasswordInput"
          />
        </EuiFormRow>
      )}
      <EuiSpacer size="m" />
      <EuiAccordion
        id="apiKeysShowRequest"
        buttonContent="Show request"
        buttonProps={{ 'data-test-subj': 'apiKeysShowRequest' }}
      >
        <EuiSpacer size="s" />
        {request ? (
          <CodeBlock language="json" isCopyable paddingSize="s" data-test-subj="apiKeysRequest">
            {request}
          </CodeBlock>
        ) : (
          <EuiText size="s" color="subdued" data-test-subj="apiKeysRequestInvalid">
            <p>The request appears once every field is valid.</p>
          </EuiText>
        )}
      </EuiAccordion>
    </>
  );
}
