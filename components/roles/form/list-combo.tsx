'use client';
import { EuiComboBox, EuiFormRow, EuiText, type EuiComboBoxOptionOption } from '@elastic/eui';

export interface ListOption {
  label: string;
  /** Shown after the label in the list, e.g. "not applicable: certificate model". */
  note?: string;
}

interface Props {
  label: string;
  values: string[];
  /** What to offer; absent: free text only. */
  options?: ListOption[];
  /** Whether typed values are accepted besides the options (patterns, wildcards, action names). */
  allowFreeText: boolean;
  error: string | undefined;
  placeholder: string;
  helpText?: string;
  readOnly: boolean;
  testSubj: string;
  onChange: (values: string[]) => void;
}

/** A list of strings in a combo box: chosen from the cluster's own names, typed (Enter adds one), or both. */
export function ListCombo({
  label,
  values,
  options,
  allowFreeText,
  error,
  placeholder,
  helpText,
  readOnly,
  testSubj,
  onChange,
}: Props) {
  const offered: EuiComboBoxOptionOption<string>[] | undefined = options?.map((option) => ({
    label: option.label,
    value: option.note,
  }));
  return (
    <EuiFormRow label={label} helpText={helpText} isInvalid={Boolean(error)} error={error} fullWidth>
      <EuiComboBox<string>
        fullWidth
        compressed
        noSuggestions={offered === undefined}
        options={offered ?? []}
        placeholder={readOnly ? undefined : placeholder}
        selectedOptions={values.map((value) => ({ label: value }))}
        onCreateOption={
          allowFreeText
            ? (value) => {
                const typed = value.trim();
                if (typed !== '' && !values.includes(typed)) onChange([...values, typed]);
              }
            : undefined
        }
        onChange={(selected) => onChange(selected.map((option) => option.label))}
        renderOption={(option) =>
          option.value ? (
            <span>
              {option.label}{' '}
              <EuiText size="xs" color="subdued" component="span">
                — {option.value}
              </EuiText>
            </span>
          ) : (
            option.label
          )
        }
        isDisabled={readOnly}
        isInvalid={Boolean(error)}
        aria-label={label}
        data-test-subj={testSubj}
      />
    </EuiFormRow>
  );
}
