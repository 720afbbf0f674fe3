import type { PlanInput } from '@/lib/connection-plan/model';
import { ASSUMED_ACCESS } from '@/lib/connection-plan/plan';
import type { Deployment } from '@/lib/deployments/schema';

/** A plan generator's input for two deployments: API-key model, unregistered remote, the assumed access. */
export function planInputOf(local: Deployment, remote: Deployment, overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    alias: 'Prod_EU',
    securityModel: 'api_key',
    local,
    remote,
    remoteRegistered: false,
    access: ASSUMED_ACCESS,
    accessAssumed: true,
    sameEckOperator: false,
    ...overrides,
  };
}
