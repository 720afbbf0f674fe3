'use client';
import { EuiFlexGroup, EuiFlexItem, EuiIcon, EuiText } from '@elastic/eui';
import type { Finding, FindingSeverity } from '@/lib/remote-clusters/diagnosis';

const ICON: Record<FindingSeverity, { type: string; color: string; label: string }> = {
  ok: { type: 'checkCircle', color: 'success', label: 'OK' },
  info: { type: 'info', color: 'primary', label: 'Information' },
  warning: { type: 'warning', color: 'warning', label: 'Warning' },
  error: { type: 'error', color: 'danger', label: 'Problem' },
};

/** A diagnosis's findings: each with the evidence read from the cluster and the fix. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  return (
    <ul data-test-subj="connectFindings" style={{ listStyle: 'none', padding: 0 }}>
      {findings.map((finding) => {
        const icon = ICON[finding.severity];
        return (
          <li key={finding.id} data-test-subj={`connectFinding-${finding.id}`} data-severity={finding.severity} style={{ marginBottom: 12 }}>
            <EuiFlexGroup gutterSize="s" responsive={false} alignItems="flexStart">
              <EuiFlexItem grow={false}>
                <EuiIcon type={icon.type} color={icon.color} aria-label={icon.label} />
              </EuiFlexItem>
              <EuiFlexItem>
                <EuiText size="s">
                  <strong>{finding.title}</strong>
                  <div><code>{finding.evidence}</code></div>
                  {finding.fix && <div><em>Fix:</em> {finding.fix}</div>}
                </EuiText>
              </EuiFlexItem>
            </EuiFlexGroup>
          </li>
        );
      })}
    </ul>
  );
}
