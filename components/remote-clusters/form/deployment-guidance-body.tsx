'use client';
import { useState } from 'react';
import { EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { Deployment } from '@/lib/deployments/schema';
import type { SecurityModel } from '@/lib/remote-clusters/model';
import { remoteNameProblem } from '@/lib/remote-clusters/name-rule';
import { ConnectionPlanPanel } from '../../connect/connection-plan-panel';
import { DeploymentPicker } from '../../deployments/deployment-picker';

const EXAMPLE_ALIAS = 'my-remote';

/** The opened guidance: where each cluster runs, and the plan's steps for that pair. */
export interface DeploymentGuidanceProps {
  localClusterId: string;
  securityModel: SecurityModel;
  /** The name typed so far: the plan's alias once it is a valid one. */
  name: string;
}

export function DeploymentGuidanceBody({ localClusterId, securityModel, name }: DeploymentGuidanceProps) {
  const [local, setLocal] = useState<Deployment | null>(null);
  const [remote, setRemote] = useState<Deployment | null>(null);
  const alias = remoteNameProblem(name.trim()) === undefined ? name.trim() : EXAMPLE_ALIAS;
  return (
    <>
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="l" wrap>
        <EuiFlexItem style={{ minWidth: 260 }}>
          <DeploymentPicker
            side="local"
            label="This cluster runs on"
            value={local}
            suggestedType="self-managed"
            onChange={setLocal}
          />
        </EuiFlexItem>
        <EuiFlexItem style={{ minWidth: 260 }}>
          <DeploymentPicker
            side="remote"
            label="The remote cluster runs on"
            value={remote}
            suggestedType="self-managed"
            onChange={setRemote}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      {alias === EXAMPLE_ALIAS && (
        <EuiText size="xs" color="subdued">
          <p>Shown for the name {EXAMPLE_ALIAS} until you choose one.</p>
        </EuiText>
      )}
      <ConnectionPlanPanel
        localClusterId={localClusterId}
        names={{ local: 'This cluster', remote: 'The remote' }}
        request={{
          alias,
          securityModel,
          ...(local ? { local: { deployment: local } } : {}),
          remote: remote ? { deployment: remote } : {},
        }}
        encodedKey={undefined}
        omitStepIds={['local-register', 'verify']}
      />
    </>
  );
}
