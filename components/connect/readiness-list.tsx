'use client';
import { EuiFlexGroup, EuiFlexItem, EuiIcon, EuiText } from '@elastic/eui';
import type { CheckState, ReadinessCheck } from '@/lib/connect/readiness';

const ICON: Record<CheckState, { type: string; color: string; label: string }> = {
  pass: { type: 'checkCircle', color: 'success', label: 'Passed' },
  fail: { type: 'error', color: 'danger', label: 'Failed' },
  unknown: { type: 'question', color: 'subdued', label: 'Not checked' },
};

/** Each readiness check with what was read, what it means, and the fix when it failed. */
export function ReadinessList({ checks }: { checks: ReadinessCheck[] }) {
  return (
    <ul data-test-subj="connectReadinessList" style={{ listStyle: 'none', padding: 0 }}>
      {checks.map((check) => {
        const icon = ICON[check.state];
        return (
          <li key={check.id} data-test-subj={`connectReadiness-${check.id}`} data-state={check.state} style={{ marginBottom: 12 }}>
            <EuiFlexGroup gutterSize="s" responsive={false} alignItems="flexStart">
              <EuiFlexItem grow={false}>
                <EuiIcon type={icon.type} color={icon.color} aria-label={icon.label} />
              </EuiFlexItem>
              <EuiFlexItem>
                <EuiText size="s">
                  <strong>{check.title}</strong>
                  <div>{check.explanation}</div>
                  {check.fix && <div><em>Fix:</em> {check.fix}</div>}
                </EuiText>
              </EuiFlexItem>
            </EuiFlexGroup>
          </li>
        );
      })}
    </ul>
  );
}
