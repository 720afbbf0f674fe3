'use client';
import { DocumentQueryField } from '@/components/shared/document-query-field';
import {
  EuiButtonIcon,
  EuiCallOut,
  EuiComboBox,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiPanel,
  EuiSpacer,
  EuiSwitch,
  EuiText,
  type EuiComboBoxOptionOption,
} from '@elastic/eui';
import type { AccessRowValues } from '@/lib/cross-cluster-api-keys/access-form';
import { REPLICATION_ACCESS_HELP, SEARCH_ACCESS_HELP } from '@/lib/cross-cluster-api-keys/access-privileges';
import type { RowMessages } from './field-messages';

interface Props {
  index: number;
  row: AccessRowValues;
  messages: RowMessages;
  /** The last row cannot go: a key must grant something, and an empty builder would hide that rule. */
  canRemove: boolean;
  onChange: (patch: Partial<AccessRowValues>) => void;
  onRemove: () => void;
}

const asOptions = (values: string[]): EuiComboBoxOptionOption[] => values.map((label) => ({ label }));

interface FreeTextListProps {
  label: string;
  values: string[];
  error: string | undefined;
  placeholder: string;
  helpText?: string;
  testSubj: string;
  onChange: (values: string[]) => void;
}

/** A combo box of typed values only (index patterns and field names are free text; Enter adds one). */
function FreeTextList({ label, values, error, placeholder, helpText, testSubj, onChange }: FreeTextListProps) {
  return (
    <EuiFormRow label={label} helpText={helpText} isInvalid={Boolean(error)} error={error} fullWidth>
      <EuiComboBox
        noSuggestions
        fullWidth
        compressed
        placeholder={placeholder}
        selectedOptions={asOptions(values)}
        onCreateOption={(value) => {
          const trimmed = value.trim();
          if (trimmed !== '' && !values.includes(trimmed)) onChange([...values, trimmed]);
        }}
        onChange={(options) => onChange(options.map((option) => option.label))}
        isInvalid={Boolean(error)}
        aria-label={label}
        data-test-subj={testSubj}
      />
    </EuiFormRow>
  );
}

/** One access entry: search (with optional document and field level security) or replication (index patterns only). */
export function AccessRow({ index, row, messages, canRemove, onChange, onRemove }: Props) {
  const search = row.kind === 'search';
  const subj = (name: string) => `apiKeysAccessRow${name}-${index}`;
  return (
    <EuiPanel hasBorder paddingSize="s" data-test-subj={`apiKeysAccessRow-${index}`}>
      <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" responsive={false} gutterSize="s">
        <EuiFlexItem grow={false}>
          <EuiText size="s">
            <strong data-test-subj={subj('Kind')}>{search ? 'Search' : 'Replication'}</strong>
            <span>
              {' '}
              —{' '}
              {search
                ? 'read the matching indices from the local cluster'
                : 'follow the matching indices (cross-cluster replication)'}
            </span>
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonIcon
            iconType="trash"
            color="danger"
            isDisabled={!canRemove}
            onClick={onRemove}
            aria-label={`Remove access row ${index + 1}`}
            data-test-subj={subj('Remove')}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      {messages.other.length > 0 && (
        <>
          <EuiCallOut
            size="s"
            color="danger"
            iconType="error"
            title={messages.other.join('; ')}
            data-test-subj={subj('Error')}
          />
          <EuiSpacer size="s" />
        </>
      )}
      <FreeTextList
        label="Index patterns"
        values={row.names}
        error={messages.names}
        placeholder="logs-*, then Enter"
        helpText={search ? SEARCH_ACCESS_HELP : REPLICATION_ACCESS_HELP}
        testSubj={subj('Names')}
        onChange={(names) => onChange({ names })}
      />
      {search && (
        <>
          <DocumentQueryField
            value={row.query}
            error={messages.query}
            onChange={(query) => onChange({ query })}
            ariaLabel={`Document query of access row ${index + 1}`}
            testSubj={subj('Query')}
          />
          <EuiFlexGroup gutterSize="s">
            <EuiFlexItem>
              <FreeTextList
                label="Fields granted (optional)"
                values={row.grant}
                error={messages.grant}
                placeholder="* or field names"
                testSubj={subj('Grant')}
                onChange={(grant) => onChange({ grant })}
              />
            </EuiFlexItem>
            <EuiFlexItem>
              <FreeTextList
                label="Fields excepted (optional)"
                values={row.except}
                error={messages.except}
                placeholder="hidden field names"
                testSubj={subj('Except')}
                onChange={(except) => onChange({ except })}
              />
            </EuiFlexItem>
          </EuiFlexGroup>
          {messages.fieldSecurity && (
            <EuiText size="xs" color="danger" data-test-subj={subj('FieldSecurityError')}>
              <p>Field security {messages.fieldSecurity}</p>
            </EuiText>
          )}
          <EuiSpacer size="s" />
          <EuiSwitch
            compressed
            label="Allow restricted indices (system indices matched by the patterns)"
            checked={row.allowRestrictedIndices}
            onChange={(event) => onChange({ allowRestrictedIndices: event.target.checked })}
            data-test-subj={subj('Restricted')}
          />
        </>
      )}
    </EuiPanel>
  );
}
