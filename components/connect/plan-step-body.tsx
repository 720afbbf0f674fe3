'use client';
import { EuiSpacer, EuiText } from '@elastic/eui';
import { withKey } from '@/lib/connection-plan/fill-key';
import type { PlanStep } from '@/lib/connection-plan/model';
import { PlanArtifact } from './plan-artifact';

/** A plan step's reason, clicks and artifacts (the key filled in on screen when there is one). */
export function PlanStepBody({
  step,
  encodedKey,
  testSubjPrefix,
}: {
  step: PlanStep;
  encodedKey: string | undefined;
  testSubjPrefix: string;
}) {
  return (
    <>
      <EuiText size="s" color="subdued">
        <p>{step.why}</p>
      </EuiText>
      {step.instructions && (
        <EuiText size="s">
          <ol>
            {step.instructions.map((instruction) => (
              <li key={instruction}>{instruction}</li>
            ))}
          </ol>
        </EuiText>
      )}
      {step.artifacts.map((artifact, index) => (
        <div key={`${artifact.kind}-${index}`}>
          <EuiSpacer size="s" />
          <PlanArtifact artifact={withKey(artifact, encodedKey)} testSubj={`${testSubjPrefix}-${index}`} />
        </div>
      ))}
    </>
  );
}
