'use client';
import { EuiFormRow, EuiTextArea } from '@elastic/eui';

interface Props {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  ariaLabel: string;
  testSubj: string;
  rows?: number;
  readOnly?: boolean;
}

/** The document level security query of an index privilege entry, as JSON text (roles and cross-cluster keys alike). */
export function DocumentQueryField({ value, error, onChange, ariaLabel, testSubj, rows = 3, readOnly = false }: Props) {
  return (
    <EuiFormRow
      label="Document query (optional)"
      helpText='JSON, such as {"term": {"team": "web"}}: only matching documents can be read.'
      isInvalid={Boolean(error)}
      error={error}
      fullWidth
    >
      <EuiTextArea
        value={value}
        rows={rows}
        compressed
        fullWidth
        readOnly={readOnly}
        isInvalid={Boolean(error)}
        onChange={(event) => onChange(event.target.value)}
        aria-label={ariaLabel}
        data-test-subj={testSubj}
        style={{ fontFamily: 'monospace' }}
      />
    </EuiFormRow>
  );
}
