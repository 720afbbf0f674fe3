'use client';
import { EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { KeystoreInstructions } from '@/lib/cross-cluster-api-keys/keystore-commands';
import { DEPLOYMENT_TYPE_LABELS } from '@/lib/deployments/types';
import { usePlan } from '../connect/connection-plan-panel';
import { PlanStepBody } from '../connect/plan-step-body';
import { NodeKeystoreCommands } from '../shared/node-keystore-commands';

interface Props {
  localClusterId: string;
  alias: string;
  keystore: KeystoreInstructions;
  encodedKey: string | undefined;
}

/**
 * How the key gets into the local keystore, for where the local cluster runs: the keystore command on every node
 * when it is self-managed (or not known yet), otherwise the connection plan's Secret and patch, or Cloud request.
 */
export function LocalKeystoreInstructions({ localClusterId, alias, keystore, encodedKey }: Props) {
  const plan = usePlan(localClusterId, { alias, securityModel: 'api_key' });
  const local = plan.data?.local.deployment;
  const step = plan.data?.steps.find((candidate) => candidate.id === 'local-keystore');
  if (local && local.type !== 'self-managed' && step) {
    return (
      <div data-test-subj="migrationManagedKeystore">
        <EuiTitle size="xxs">
          <h4>3. Into the keystore, through {DEPLOYMENT_TYPE_LABELS[local.type]}</h4>
        </EuiTitle>
        <PlanStepBody step={step} encodedKey={encodedKey} testSubjPrefix="migrationManagedKeystore" />
      </div>
    );
  }
  return (
    <div>
      <EuiTitle size="xxs">
        <h4>3. On every node of the local cluster</h4>
      </EuiTitle>
      <EuiText size="s">
        <p>
          Run from the Elasticsearch home directory as the keystore&apos;s owner, and paste the key when asked (it stays
          out of the shell history):
        </p>
      </EuiText>
      <EuiSpacer size="xs" />
      <NodeKeystoreCommands nodes={keystore.nodes} testSubj={(nodeName) => `migrationKeystoreCommand-${nodeName}`} />
    </div>
  );
}
