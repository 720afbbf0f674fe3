'use client';
import type { ItemError } from '@/lib/http/item-error';
import { EuiCallOut, EuiSpacer, EuiText } from '@elastic/eui';

export interface BulkOutcome {
  itemsDeleted: string[];
  errors: { name: string; error: ItemError }[];
}

/** What a bulk removal did: the names done, and each name that was not with Elasticsearch's reason. */
export function BulkOutcomeCallout({
  outcome,
  verb,
  testSubj,
  onDismiss,
}: {
  outcome: BulkOutcome;
  verb: 'Removed' | 'Deleted';
  testSubj: string;
  onDismiss: () => void;
}) {
  const failed = outcome.errors.length > 0;
  return (
    <>
      <EuiCallOut
        color={failed ? 'warning' : 'success'}
        iconType={failed ? 'warning' : 'check'}
        title={
          outcome.itemsDeleted.length > 0
            ? `${verb} ${outcome.itemsDeleted.join(', ')}`
            : `Nothing was ${verb.toLowerCase()}`
        }
        onDismiss={onDismiss}
        data-test-subj={testSubj}
      >
        {failed && (
          <EuiText size="s">
            <ul>
              {outcome.errors.map(({ name, error }) => (
                <li key={name}>
                  {name}: {error.payload.message}
                </li>
              ))}
            </ul>
          </EuiText>
        )}
      </EuiCallOut>
      <EuiSpacer size="m" />
    </>
  );
}
