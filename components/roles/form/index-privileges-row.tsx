'use client';
import { DocumentQueryField } from '@/components/shared/document-query-field';
import {
  EuiButtonIcon,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiPanel,
  EuiSpacer,
  EuiSwitch,
  EuiText,
} from '@elastic/eui';
import type { RowMessages } from './field-messages';
import { ListCombo, type ListOption } from './list-combo';
import type { IndexRowValues } from './role-form-values';

interface Props {
  /** Remote rows add the remote clusters the entry applies to. */
  remote: boolean;
  index: number;
  row: IndexRowValues;
  messages: RowMessages;
  privilegeOptions: ListOption[];
  /** The local cluster's remotes (certificate-model ones marked); remote rows only. */
  remoteOptions: ListOption[];
  /** Aliases of certificate-model remotes, to warn when one is chosen. */
  certificateRemotes: string[];
  readOnly: boolean;
  onChange: (patch: Partial<IndexRowValues>) => void;
  onRemove: () => void;
}

/** One entry of indices or remote_indices: where, which privileges, and optional field and document security. */
export function IndexPrivilegesRow({
  remote,
  index,
  row,
  messages,
  privilegeOptions,
  remoteOptions,
  certificateRemotes,
  readOnly,
  onChange,
  onRemove,
}: Props) {
  const what = remote ? 'remote index privileges' : 'index privileges';
  const subj = (name: string) => `roles${remote ? 'RemoteIndex' : 'Index'}Row${name}-${index}`;
  const notApplicable = row.clusters.filter((cluster) => certificateRemotes.includes(cluster));
  return (
    <EuiPanel hasBorder paddingSize="s" data-test-subj={subj('')}>
      <EuiFlexGroup justifyContent="spaceBetween" alignItems="center" responsive={false} gutterSize="s">
        <EuiFlexItem grow={false}>
          <EuiText size="s">
            <strong>
              {remote ? 'Remote indices' : 'Indices'} {index + 1}
            </strong>
          </EuiText>
        </EuiFlexItem>
        {!readOnly && (
          <EuiFlexItem grow={false}>
            <EuiButtonIcon
              iconType="trash"
              color="danger"
              onClick={onRemove}
              aria-label={`Remove ${what} row ${index + 1}`}
              data-test-subj={subj('Remove')}
            />
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      {messages.other.length > 0 && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut
            size="s"
            color="danger"
            iconType="error"
            title={messages.other.join('; ')}
            data-test-subj={subj('Error')}
          />
        </>
      )}
      {remote && (
        <ListCombo
          label="Remote clusters"
          values={row.clusters}
          options={remoteOptions}
          allowFreeText
          error={messages.clusters}
          placeholder="An alias, or a pattern such as prod-*"
          helpText={
            notApplicable.length > 0
              ? `${notApplicable.join(', ')}: certificate model, where remote_indices ` +
                `do not apply (the remote checks a role of the same name).`
              : "The local cluster's remotes, or a pattern typed and added with Enter."
          }
          readOnly={readOnly}
          testSubj={subj('Clusters')}
          onChange={(clusters) => onChange({ clusters })}
        />
      )}
      <EuiFlexGroup gutterSize="s">
        <EuiFlexItem>
          <ListCombo
            label="Index patterns"
            values={row.names}
            allowFreeText
            error={messages.names}
            placeholder="logs-*, then Enter"
            readOnly={readOnly}
            testSubj={subj('Names')}
            onChange={(names) => onChange({ names })}
          />
        </EuiFlexItem>
        <EuiFlexItem>
          <ListCombo
            label="Privileges"
            values={row.privileges}
            options={privilegeOptions}
            allowFreeText
            error={messages.privileges}
            placeholder="read, or an action such as indices:data/read/*"
            readOnly={readOnly}
            testSubj={subj('Privileges')}
            onChange={(privileges) => onChange({ privileges })}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      <EuiFlexGroup gutterSize="s">
        <EuiFlexItem>
          <ListCombo
            label="Fields granted (optional)"
            values={row.grant}
            allowFreeText
            error={messages.grant}
            placeholder="* or field names"
            readOnly={readOnly}
            testSubj={subj('Grant')}
            onChange={(grant) => onChange({ grant })}
          />
        </EuiFlexItem>
        <EuiFlexItem>
          <ListCombo
            label="Fields excepted (optional)"
            values={row.except}
            allowFreeText
            error={messages.except}
            placeholder="hidden field names"
            readOnly={readOnly}
            testSubj={subj('Except')}
            onChange={(except) => onChange({ except })}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      {messages.fieldSecurity && (
        <EuiText size="xs" color="danger" data-test-subj={subj('FieldSecurityError')}>
          <p>Field security {messages.fieldSecurity}</p>
        </EuiText>
      )}
      <DocumentQueryField
        value={row.query}
        error={messages.query}
        onChange={(query) => onChange({ query })}
        ariaLabel={`Document query of ${what} row ${index + 1}`}
        testSubj={subj('Query')}
        rows={2}
        readOnly={readOnly}
      />
      <EuiSpacer size="s" />
      <EuiSwitch
        compressed
        label="Allow restricted indices (system indices matched by the patterns)"
        checked={row.allowRestrictedIndices}
        disabled={readOnly}
        onChange={(event) => onChange({ allowRestrictedIndices: event.target.checked })}
        data-test-subj={subj('Restricted')}
      />
      {messages.restricted && (
        <EuiText size="xs" color="danger">
          <p>{messages.restricted}</p>
        </EuiText>
      )}
    </EuiPanel>
  );
}
