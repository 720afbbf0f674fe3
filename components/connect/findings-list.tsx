'use client';
import type { Finding, FindingSeverity } from '@/lib/remote-clusters/finding';
import { StatusList, type StatusIcon } from '../shared/status-list';

const ICON: Record<FindingSeverity, StatusIcon> = {
  ok: { type: 'checkCircle', color: 'success', label: 'OK' },
  info: { type: 'info', color: 'primary', label: 'Information' },
  warning: { type: 'warning', color: 'warning', label: 'Warning' },
  error: { type: 'error', color: 'danger', label: 'Problem' },
};

/** A diagnosis's findings: each with the evidence read from the cluster and the fix. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const items = findings.map((finding) => ({
    id: finding.id,
    icon: ICON[finding.severity],
    data: { severity: finding.severity },
    title: finding.title,
    detail: <code>{finding.evidence}</code>,
    fix: finding.fix,
  }));
  return <StatusList items={items} testSubj="connectFindings" itemTestSubj="connectFinding" />;
}
