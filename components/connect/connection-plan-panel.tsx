'use client';
import useSWR from 'swr';
import {
  EuiBadge,
  EuiButton,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiLoadingSpinner,
  EuiPanel,
  EuiSpacer,
  EuiText,
  EuiTitle,
} from '@elastic/eui';
import { apiPath } from '@/lib/api/paths';
import type { ConnectionPlan } from '@/lib/connection-plan/model';
import { planRunbook } from '@/lib/connection-plan/runbook';
import type { ConnectionPlanRequestInput } from '@/lib/connection-plan/schema';
import { fetchJson, type ApiRequestError } from '@/lib/http/fetch-json';
import { PlanStepBody } from './plan-step-body';

interface Props {
  localClusterId: string;
  names: { local: string; remote: string };
  request: ConnectionPlanRequestInput;
  /** The new key, in memory only: shown in place of the placeholder, never sent back. */
  encodedKey: string | undefined;
  /** Steps the page around the panel does itself (the add wizard registers and checks the remote). */
  omitStepIds?: readonly string[];
}

export function usePlan(localClusterId: string, request: ConnectionPlanRequestInput | null) {
  const url = apiPath('connectionPlan', { id: localClusterId });
  return useSWR<ConnectionPlan, ApiRequestError>(
    request ? ['connection plan', url, JSON.stringify(request)] : null,
    () => fetchJson<ConnectionPlan>(url, { method: 'POST', body: request }),
    { revalidateOnFocus: false, shouldRetryOnError: false },
  );
}

function downloadRunbook(plan: ConnectionPlan, names: Props['names']) {
  const blob = new Blob([planRunbook(plan, names)], { type: 'text/markdown' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `connect-${plan.alias}.md`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Every step of the plan for this pair, with its reason and its artifacts, copyable; and the runbook download. */
export function ConnectionPlanPanel({ localClusterId, names, request, encodedKey, omitStepIds = [] }: Props) {
  const { data: plan, error } = usePlan(localClusterId, request);
  if (error) {
    return (
      <EuiCallOut color="danger" iconType="error" size="s" title={error.message} data-test-subj="connectionPlanError" />
    );
  }
  if (!plan) return <EuiLoadingSpinner size="m" />;
  const steps = plan.steps.filter((step) => !omitStepIds.includes(step.id));
  return (
    <div data-test-subj="connectionPlan">
      <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" responsive={false} wrap>
        <EuiFlexItem grow={false}>
          <EuiText size="s">
            <p>
              {steps.length} steps, remote side first. Copy each artifact, or take the whole plan to a change ticket.
            </p>
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButton
            size="s"
            iconType="download"
            onClick={() => downloadRunbook(plan, names)}
            data-test-subj="connectionPlanRunbook"
          >
            Download runbook (Markdown)
          </EuiButton>
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      {steps.map((step, index) => (
        <EuiPanel
          key={step.id}
          hasBorder
          paddingSize="m"
          style={{ marginBottom: 8 }}
          data-test-subj={`connectionPlanStep-${step.id}`}
        >
          <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
            <EuiFlexItem grow={false}>
              <EuiTitle size="xxs">
                <h4>
                  {index + 1}. {step.title}
                </h4>
              </EuiTitle>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiBadge color={step.side === 'remote' ? 'accent' : 'primary'}>
                {step.side === 'remote' ? names.remote : names.local}
              </EuiBadge>
            </EuiFlexItem>
          </EuiFlexGroup>
          <EuiSpacer size="xs" />
          <PlanStepBody step={step} encodedKey={encodedKey} testSubjPrefix={`connectionPlanArtifact-${step.id}`} />
        </EuiPanel>
      ))}
    </div>
  );
}
