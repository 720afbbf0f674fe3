'use client';
import { EuiCheckbox, EuiFlexGroup, EuiFlexItem, EuiSpacer } from '@elastic/eui';
import type { PlanSideDescription } from '@/lib/connection-plan/model';
import type { Deployment, DeploymentType } from '@/lib/deployments/schema';
import { DeploymentPicker } from '../deployments/deployment-picker';

interface Side {
  name: string;
  value: Deployment | null;
  /** The registry's deployment, else what the plan read (a guess says its evidence). */
  known: Deployment | null;
  described?: PlanSideDescription;
  /** A guess the server could not complete (Cloud ids are not in nodes info). */
  guessedType?: DeploymentType;
}

function note(side: Side): string | undefined {
  if (side.value) return undefined;
  if (side.known) return "From the console's registry.";
  if (side.described?.source === 'guess')
    return `A guess from nodes info: ${side.described.evidence ?? ''}. Pick another if it is wrong.`;
  if (side.guessedType) return 'A guess from nodes info: give the ids it needs.';
  return undefined;
}

/** The wizard's question "where does each cluster run", preselected from the registry or the console's guess. */
export function WhereClustersRun({
  local,
  remote,
  onChange,
  sameEckOperator,
  onSameEckOperatorChange,
}: {
  local: Side;
  remote: Side;
  onChange: (side: 'local' | 'remote', deployment: Deployment | null) => void;
  sameEckOperator: boolean;
  onSameEckOperatorChange: (same: boolean) => void;
}) {
  const bothEck = (local.value ?? local.known)?.type === 'eck' && (remote.value ?? remote.known)?.type === 'eck';
  return (
    <>
      <EuiFlexGroup data-test-subj="whereClustersRun" gutterSize="l" wrap>
        {(['local', 'remote'] as const).map((key) => {
          const side = key === 'local' ? local : remote;
          const suggested = side.value?.type ?? side.known?.type ?? side.described?.deployment.type ?? side.guessedType;
          return (
            <EuiFlexItem key={key} style={{ minWidth: 280 }}>
              <DeploymentPicker
                // A suggestion that arrives later starts the picker again, unless the person chose already.
                key={side.value ? 'chosen' : `suggested-${suggested ?? 'none'}-${JSON.stringify(side.known)}`}
                side={key}
                label={`${side.name} runs on`}
                value={
                  side.value ?? side.known ?? (side.described?.source === 'guess' ? side.described.deployment : null)
                }
                suggestedType={suggested ?? 'self-managed'}
                suggestionNote={note(side)}
                onChange={(deployment) => onChange(key, deployment)}
              />
            </EuiFlexItem>
          );
        })}
      </EuiFlexGroup>
      {bothEck && (
        <>
          <EuiSpacer size="s" />
          <EuiCheckbox
            id="connect-same-eck-operator"
            label="Both are resources of the same ECK operator (ECK then creates the key and the keystore entry itself)"
            checked={sameEckOperator}
            onChange={(event) => onSameEckOperatorChange(event.target.checked)}
            data-test-subj="connectSameEckOperator"
          />
        </>
      )}
    </>
  );
}
