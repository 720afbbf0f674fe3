import type { CrossClusterAccessBody as CrossClusterAccess } from '@/lib/cross-cluster-api-keys/access-schema';
import { apiKeyLocalSteps } from './api-key-local';
import { apiKeyRemoteSteps } from './api-key-remote';
import { certificateSteps } from './certificate';
import { eckOperatorSteps } from './eck-operator';
import { KEY_PLACEHOLDER, type ConnectionPlan, type PlanInput, type PlanSideDescription } from './model';

/** Without a chosen access the plan proposes search on every index, and its steps say to narrow it. */
export const ASSUMED_ACCESS: CrossClusterAccess = { search: [{ names: ['*'] }] };

/** The steps for one pair of deployments and one security model, in the order to take them. */
export function connectionPlan(
  input: PlanInput,
  sides: { local: PlanSideDescription; remote: PlanSideDescription },
): ConnectionPlan {
  const { local, remote } = input;
  const steps =
    input.securityModel === 'certificate'
      ? certificateSteps(input)
      : local.type === 'eck' && remote.type === 'eck' && input.sameEckOperator
        ? eckOperatorSteps(input, local, remote)
        : [...apiKeyRemoteSteps(input), ...apiKeyLocalSteps(input)];
  return {
    alias: input.alias,
    securityModel: input.securityModel,
    local: sides.local,
    remote: sides.remote,
    keyPlaceholder: KEY_PLACEHOLDER,
    steps,
  };
}
