'use client';
import type { CheckState, ReadinessCheck } from '@/lib/connect/readiness';
import { StatusList, type StatusIcon } from '../shared/status-list';

const ICON: Record<CheckState, StatusIcon> = {
  pass: { type: 'checkCircle', color: 'success', label: 'Passed' },
  warn: { type: 'warning', color: 'warning', label: 'Passed with a limit' },
  fail: { type: 'error', color: 'danger', label: 'Failed' },
  unknown: { type: 'question', color: 'subdued', label: 'Not checked' },
};

/** Each readiness check with what was read, what it means, and the fix when it failed. */
export function ReadinessList({ checks }: { checks: ReadinessCheck[] }) {
  const items = checks.map((check) => ({
    id: check.id,
    icon: ICON[check.state],
    data: { state: check.state },
    title: check.title,
    detail: check.explanation,
    fix: check.fix,
  }));
  return <StatusList items={items} testSubj="connectReadinessList" itemTestSubj="connectReadiness" />;
}
