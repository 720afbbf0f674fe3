'use client';
import { EuiButton, EuiCallOut, EuiCodeBlock, EuiSpacer, EuiText } from '@elastic/eui';
import { withKey } from '@/lib/connection-plan/fill-key';
import type { PlanStep } from '@/lib/connection-plan/model';
import { PlanArtifact } from './plan-artifact';

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
          <EuiCallOut
            color="warning"
            iconType="key"
            size="s"
            title="The key is filled in below for this visit only: copy what you need now."
          />
          <EuiSpacer size="s" />
          <EuiCodeBlock
            isCopyable
            language="text"
            fontSize="s"
            paddingSize="s"
            aria-label="Encoded cross-cluster API key"
          >
            {encodedKey}
          </EuiCodeBlock>
          <EuiSpacer />
        </>
      )}
      {step ? (
        <>
          <EuiText size="s">
            <p>{step.why}</p>
          </EuiText>
          {step.instructions && (
            <EuiText size="s">
              <ul>
                {step.instructions.map((instruction) => (
                  <li key={instruction}>{instruction}</li>
                ))}
              </ul>
            </EuiText>
          )}
          {step.artifacts.map((artifact, index) => (
            <div key={index}>
              <EuiSpacer size="s" />
              <PlanArtifact artifact={withKey(artifact, encodedKey)} testSubj={`connectManagedKeystore-${index}`} />
            </div>
          ))}
        </>
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
