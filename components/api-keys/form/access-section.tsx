'use client';
import { useState } from 'react';
import {
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiSpacer,
  EuiSwitch,
  EuiTextArea,
  EuiTitle,
} from '@elastic/eui';
import { emptyReplicationRow, emptySearchRow, type AccessRowValues } from '@/lib/cross-cluster-api-keys/access-form';
import { AccessRow } from './access-row';
import { rowMessages } from './field-messages';
import { accessJsonFrom, rowsFromAccessJson, type KeyFormValues } from './key-form-values';

interface Props {
  rows: AccessRowValues[];
  accessJson: string | undefined;
  errors: Record<string, string>;
  onChange: (patch: Partial<KeyFormValues>) => void;
}

/** The access builder, or for experts the `access` JSON itself; both are checked by the same schema. */
export function AccessSection({ rows, accessJson, errors, onChange }: Props) {
  const [switchBackError, setSwitchBackError] = useState<string>();
  const jsonMode = accessJson !== undefined;
  // Problems with access as a whole (no entry at all, not an object) have no row to sit on.
  const accessError = errors.access;
  const jsonErrors = Object.entries(errors).filter(([path]) => path.startsWith('access.'));

  function toggleJson(on: boolean) {
    setSwitchBackError(undefined);
    if (on) return onChange({ accessJson: accessJsonFrom(rows) });
    const fromJson = rowsFromAccessJson(accessJson ?? '');
    // Going back with invalid JSON would lose it: the person fixes it first (the errors say where).
    if (!fromJson)
      return setSwitchBackError('Fix the JSON first: the builder can only show access that the schema accepts.');
    onChange({ accessJson: undefined, rows: fromJson.length > 0 ? fromJson : [emptySearchRow()] });
  }

  const changeRow = (index: number) => (patch: Partial<AccessRowValues>) =>
    onChange({ rows: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  return (
    <>
      <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiTitle size="xs">
            <h3>Access</h3>
          </EuiTitle>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiSwitch
            compressed
            label="Edit access as JSON"
            checked={jsonMode}
            onChange={(event) => toggleJson(event.target.checked)}
            data-test-subj="apiKeysAccessJsonSwitch"
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      {switchBackError && (
        <>
          <EuiCallOut
            size="s"
            color="warning"
            iconType="warning"
            title={switchBackError}
            data-test-subj="apiKeysAccessJsonSwitchError"
          />
          <EuiSpacer size="s" />
        </>
      )}
      {jsonMode ? (
        <EuiFormRow
          label="access"
          helpText='The "access" object of the request: {"search": [...], "replication": [...]}.'
          isInvalid={Boolean(accessError) || jsonErrors.length > 0}
          error={[...(accessError ? [accessError] : []), ...jsonErrors.map(([path, message]) => `${path}: ${message}`)]}
          fullWidth
        >
          <EuiTextArea
            value={accessJson}
            rows={14}
            fullWidth
            isInvalid={Boolean(accessError) || jsonErrors.length > 0}
            onChange={(event) => onChange({ accessJson: event.target.value })}
            aria-label="Access as JSON"
            data-test-subj="apiKeysAccessJsonInput"
            style={{ fontFamily: 'monospace' }}
          />
        </EuiFormRow>
      ) : (
        <>
          {accessError && (
            <>
              <EuiCallOut
                size="s"
                color="danger"
                iconType="error"
                title={`Access ${accessError}`}
                data-test-subj="apiKeysAccessError"
              />
              <EuiSpacer size="s" />
            </>
          )}
          {rows.map((row, index) => (
            <div key={row.rowId}>
              <AccessRow
                index={index}
                row={row}
                messages={rowMessages(errors, rows, index)}
                canRemove={rows.length > 1}
                onChange={changeRow(index)}
                onRemove={() => onChange({ rows: rows.filter((_, i) => i !== index) })}
              />
              <EuiSpacer size="s" />
            </div>
          ))}
          <EuiFlexGroup gutterSize="s" responsive={false}>
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty
                size="s"
                iconType="plusCircle"
                onClick={() => onChange({ rows: [...rows, emptySearchRow()] })}
                data-test-subj="apiKeysAddSearchRow"
              >
                Add search access
              </EuiButtonEmpty>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiButtonEmpty
                size="s"
                iconType="plusCircle"
                onClick={() => onChange({ rows: [...rows, emptyReplicationRow()] })}
                data-test-subj="apiKeysAddReplicationRow"
              >
                Add replication access
              </EuiButtonEmpty>
            </EuiFlexItem>
          </EuiFlexGroup>
        </>
      )}
    </>
  );
}
