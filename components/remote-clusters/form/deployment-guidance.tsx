'use client';
import { useState } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import type { Deployment } from '@/lib/deployments/schema';
import type { SecurityModel } from '@/lib/remote-clusters/model';
import { remoteClusterNameSchema } from '@/lib/remote-clusters/schema';
import { ConnectionPlanPanel } from '../../connect/connection-plan-panel';
import { DeploymentPicker } from '../../deployments/deployment-picker';

const EXAMPLE_ALIAS = 'my-remote';

/**
 * The add wizard's "before you connect", for where each cluster runs: the connection plan's steps up to the
 * registration, which this wizard does itself.
 */
export function DeploymentGuidance({
  localClusterId,
  securityModel,
  name,
}: {
  localClusterId: string;
  securityModel: SecurityModel;
  name: string;
}) {
  const [local, setLocal] = useState<Deployment | null>(null);
  const [remote, setRemote] = useState<Deployment | null>(null);
  // The plan is read once the person opens the section, not on every visit of the wizard.
  const [open, setOpen] = useState(false);
  const alias = remoteClusterNameSchema.safeParse(name.trim()).success ? name.trim() : EXAMPLE_ALIAS;
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
      {open && (
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
          {open && (
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
          )}
        </>
      )}
    </div>
  );
}
