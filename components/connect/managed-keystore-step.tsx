'use client';
import { EuiButton, EuiCallOut, EuiSpacer } from '@elastic/eui';
import type { PlanStep } from '@/lib/connection-plan/model';
import { OneTimeKey } from '../shared/one-time-key';
import { PlanStepBody } from './plan-step-body';

interface Props {
  step: PlanStep | undefined;
  encodedKey: string | undefined;
  onApplied: () => void;
}

/**
 * Step c when the local cluster's keystore belongs to ECK or Elastic Cloud: the plan's Secret and patch, or Cloud
 * request, with the key filled in on screen; the platform reloads the nodes, so the person says when it is done.
 */
export function ManagedKeystoreStep({ step, encodedKey, onApplied }: Props) {
  return (
    <div data-test-subj="connectManagedKeystoreStep">
      {encodedKey && (
        <>
          <OneTimeKey
            encoded={encodedKey}
            title="The key is filled in below for this visit only: copy what you need now."
            testSubj="connectManagedEncodedKey"
          />
          <EuiSpacer />
        </>
      )}
      {step ? (
        <PlanStepBody step={step} encodedKey={encodedKey} testSubjPrefix="connectManagedKeystore" />
      ) : (
        <EuiCallOut size="s" color="primary" iconType="info" title="Reading the plan for this pair..." />
      )}
      <EuiSpacer />
      <EuiButton fill onClick={onApplied} data-test-subj="connectManagedKeystoreApplied">
        The keystore change is applied
      </EuiButton>
    </div>
  );
}
