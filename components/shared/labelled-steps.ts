type StepStatus = 'current' | 'complete' | 'incomplete' | 'disabled' | 'warning' | 'danger' | 'loading';

const STATUS_WORDS: Record<StepStatus, string> = {
  current: 'current step',
  complete: 'done',
  incomplete: 'not done',
  disabled: 'not available yet',
  warning: 'has warnings',
  danger: 'has errors',
  loading: 'loading',
};

/**
 * EuiStepsHorizontal names each step button "Step 2: Connection is incomplete" while it shows the number and the
 * title run together ("2Connection"): axe-core reports that as serious (label-content-name-mismatch, WCAG 2.5.3),
 * since speech users say what they see. A space before the title and a name that starts with what is shown
 * ("Step 2 Connection, not done") keep both in step.
 */
export function withAccessibleNames<T extends { title: string; status?: StepStatus }>(
  steps: T[],
): (T & { 'aria-label': string })[] {
  return steps.map((step, index) => ({
    ...step,
    title: ` ${step.title}`,
    'aria-label': `Step ${index + 1} ${step.title}, ${STATUS_WORDS[step.status ?? 'incomplete']}`,
  }));
}
