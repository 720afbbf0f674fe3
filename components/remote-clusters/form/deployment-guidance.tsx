'use client';
import { useState } from 'react';
import dynamic from 'next/dynamic';
import { EuiButtonEmpty } from '@elastic/eui';
import type { DeploymentGuidanceProps } from './deployment-guidance-body';

// Loaded when the section is opened: the deployment pickers and the plan, with the schemas they check with.
const DeploymentGuidanceBody = dynamic(() =>
  import('./deployment-guidance-body').then((m) => m.DeploymentGuidanceBody),
);

/**
 * The add wizard's "before you connect", for where each cluster runs: the connection plan's steps up to the
 * registration, which this wizard does itself.
 */
export function DeploymentGuidance({ localClusterId, securityModel, name }: DeploymentGuidanceProps) {
  // The plan is read once the person opens the section, not on every visit of the wizard.
  const [open, setOpen] = useState(false);
  return (
    <div data-test-subj="addRemoteDeploymentGuidance">
      <EuiButtonEmpty
        iconType={open ? 'chevronSingleDown' : 'chevronSingleRight'}
        flush="left"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-test-subj="addRemoteDeploymentGuidanceToggle"
      >
        Steps for where the clusters run (ECK, Elastic Cloud, self-managed)
      </EuiButtonEmpty>
      {open && <DeploymentGuidanceBody localClusterId={localClusterId} securityModel={securityModel} name={name} />}
    </div>
  );
}
