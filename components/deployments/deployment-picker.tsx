'use client';
import { useState } from 'react';
import { EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiFormRow, EuiSelect } from '@elastic/eui';
import type { Deployment } from '@/lib/deployments/schema';
import {
  DEFAULT_CLOUD_REF_ID,
  DEPLOYMENT_TYPE_LABELS,
  DEPLOYMENT_TYPES,
  type DeploymentType,
} from '@/lib/deployments/types';
import { fieldErrors } from '@/lib/validation/field-errors';
import { useLazyModule } from '@/components/shared/use-lazy-module';

// Where one cluster runs, as a type and the fields that type needs, checked with the schema the server uses.
// The parent gets a valid deployment or null; what the person typed stays here even while it is invalid.
// The schema (and zod) load with the first type that has fields: self-managed, the usual first view, needs none.
const loadRules = () => import('@/lib/deployments/schema');

interface FieldSpec {
  key: string;
  label: string;
  help?: string;
  placeholder?: string;
}

const FIELDS: Record<DeploymentType, FieldSpec[]> = {
  'self-managed': [],
  eck: [
    { key: 'name', label: 'Elasticsearch resource name', placeholder: 'quickstart' },
    { key: 'namespace', label: 'Namespace', placeholder: 'default' },
    { key: 'eckVersion', label: 'ECK version (optional)', placeholder: '3.2.0', help: 'Decides how to expose 9443.' },
  ],
  ech: [
    { key: 'deploymentId', label: 'Deployment id', help: "32 hexadecimal characters, from the deployment's page." },
    { key: 'refId', label: 'Elasticsearch ref id (optional)', placeholder: DEFAULT_CLOUD_REF_ID },
  ],
  ece: [
    { key: 'deploymentId', label: 'Deployment id', help: "32 hexadecimal characters, from the deployment's page." },
    { key: 'refId', label: 'Elasticsearch ref id (optional)', placeholder: DEFAULT_CLOUD_REF_ID },
    { key: 'apiUrl', label: 'ECE API address (optional)', placeholder: 'https://ece.example.com:12443' },
  ],
};

type Draft = { type: DeploymentType } & Record<string, string>;

function draftOf(deployment: Deployment | null, fallbackType: DeploymentType): Draft {
  if (!deployment) return { type: fallbackType };
  return Object.fromEntries(Object.entries(deployment).map(([key, value]) => [key, String(value)])) as Draft;
}

/** The draft without its empty optional fields, as the schema reads it. */
function candidate(draft: Draft): Record<string, string> {
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== ''));
}

interface Props {
  /** e.g. "local" or "remote": labels and data-test-subj names. */
  side: 'local' | 'remote';
  label: string;
  value: Deployment | null;
  /** The type to start from without a value: the registry's or the console's guess. */
  suggestedType: DeploymentType;
  /** Said under the type, such as "Guessed from nodes info: ...". */
  suggestionNote?: string;
  onChange: (deployment: Deployment | null) => void;
}

export function DeploymentPicker({ side, label, value, suggestedType, suggestionNote, onChange }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(value, suggestedType));
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const rules = useLazyModule(loadRules, FIELDS[draft.type].length > 0);
  const parsed = rules?.deploymentSchema.safeParse(candidate(draft));
  const errors = parsed && !parsed.success ? fieldErrors(parsed.error) : {};
  const prefix = `deployment-${side}`;

  function change(next: Draft) {
    setDraft(next);
    // Loaded once, then at once: the answers keep the order of the changes.
    void loadRules().then(({ deploymentSchema }) => {
      const result = deploymentSchema.safeParse(candidate(next));
      onChange(result.success ? result.data : null);
    });
  }

  return (
    <div data-test-subj={`${prefix}`}>
      <EuiFormRow label={label} helpText={suggestionNote}>
        <EuiSelect
          aria-label={label}
          data-test-subj={`${prefix}-type`}
          options={DEPLOYMENT_TYPES.map((type) => ({ value: type, text: DEPLOYMENT_TYPE_LABELS[type] }))}
          value={draft.type}
          onChange={(event) => change({ type: event.target.value as DeploymentType })}
        />
      </EuiFormRow>
      {FIELDS[draft.type].length > 0 && (
        <EuiFlexGroup gutterSize="s" wrap responsive={false}>
          {FIELDS[draft.type].map((field) => {
            const error = touched[field.key] ? errors[field.key] : undefined;
            return (
              <EuiFlexItem key={field.key} style={{ minWidth: 200 }}>
                <EuiFormRow label={field.label} helpText={field.help} isInvalid={Boolean(error)} error={error}>
                  <EuiFieldText
                    aria-label={`${label}: ${field.label}`}
                    data-test-subj={`${prefix}-${field.key}`}
                    placeholder={field.placeholder}
                    value={draft[field.key] ?? ''}
                    isInvalid={Boolean(error)}
                    onChange={(event) => change({ ...draft, [field.key]: event.target.value })}
                    onBlur={() => setTouched((current) => ({ ...current, [field.key]: true }))}
                  />
                </EuiFormRow>
              </EuiFlexItem>
            );
          })}
        </EuiFlexGroup>
      )}
    </div>
  );
}
