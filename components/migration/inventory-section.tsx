'use client';
import {
  EuiBasicTable,
  EuiCallOut,
  EuiCheckbox,
  EuiFormRow,
  EuiSpacer,
  EuiText,
  EuiTextArea,
  EuiTitle,
} from '@elastic/eui';
import type { TaskRef } from '@/lib/migration/model';
import type { RoleDrafts } from './role-drafts';
import { TASK_KIND_LABELS } from './step-meta';
import type { MigrationOverview } from './use-migration';

interface Props {
  overview: MigrationOverview;
  localDisplayName: string;
  roles: RoleDrafts;
}

/** Step a: what on the local cluster uses the alias, which features it lacks (said, not failed on), and the roles. */
export function InventorySection({ overview, localDisplayName, roles }: Props) {
  const { alias, inventory, suggestions } = overview;
  return (
    <div data-test-subj="migrationInventory">
      <EuiTitle size="xxs">
        <h4>
          Tasks on {localDisplayName} that use {alias}
        </h4>
      </EuiTitle>
      <EuiSpacer size="xs" />
      <EuiBasicTable<TaskRef>
        tableCaption={`Tasks that use ${alias}`}
        items={inventory.tasks}
        compressed
        noItemsMessage={`Nothing on ${localDisplayName} uses ${alias}: there is no task to pause.`}
        data-test-subj="migrationTasks"
        columns={[
          { field: 'kind', name: 'Kind', render: (kind: TaskRef['kind']) => TASK_KIND_LABELS[kind] },
          { field: 'id', name: 'Id' },
          {
            field: 'running',
            name: 'State',
            render: (running: boolean) =>
              running ? 'running: paused during the migration, then resumed' : 'stopped: stays stopped',
          },
        ]}
      />
      {inventory.unavailable.length > 0 && (
        <>
          <EuiSpacer size="s" />
          <EuiCallOut
            size="s"
            color="primary"
            iconType="info"
            data-test-subj="migrationUnavailable"
            title={`Not on ${localDisplayName}, so nothing of these kinds can use ${alias}:`}
          >
            <ul>
              {inventory.unavailable.map((feature) => (
                <li key={feature.kind} data-test-subj={`migrationUnavailable-${feature.kind}`}>
                  {TASK_KIND_LABELS[feature.kind]}: not available ({feature.reason})
                </li>
              ))}
            </ul>
          </EuiCallOut>
        </>
      )}
      <EuiSpacer />
      <EuiTitle size="xxs">
        <h4>Roles that need remote_indices for {alias}</h4>
      </EuiTitle>
      <EuiText size="s" color="subdued">
        <p>
          With certificates the remote authorises a local user by the names of their roles; with an API key the local
          role must grant the remote indices itself. The suggestions copy what the remote&apos;s role of the same name
          grants; edit them as JSON, or leave a role out.
        </p>
      </EuiText>
      <EuiSpacer size="s" />
      {!suggestions.available ? (
        <EuiCallOut
          size="s"
          color="warning"
          iconType="warning"
          title={suggestions.reason}
          data-test-subj="migrationSuggestionsUnavailable"
        />
      ) : roles.drafts.length === 0 ? (
        <EuiText size="s" data-test-subj="migrationNoRoleSuggestions">
          <p>
            No local role has a namesake with index privileges on the remote: there is nothing to suggest, and the role
            step can be skipped.
          </p>
        </EuiText>
      ) : (
        roles.drafts.map((draft) => (
          <div key={draft.name} data-test-subj={`migrationRole-${draft.name}`}>
            <EuiCheckbox
              id={`migrationRoleInclude-${draft.name}`}
              label={<strong>{draft.name}</strong>}
              checked={draft.included}
              onChange={(event) => roles.edit(draft.name, { included: event.target.checked })}
              data-test-subj={`migrationRoleInclude-${draft.name}`}
            />
            <EuiFormRow
              label={`remote_indices for ${draft.name}`}
              helpText={`Suggested because ${draft.source}.`}
              isInvalid={draft.included && Boolean(roles.errors[draft.name])}
              error={roles.errors[draft.name]}
              fullWidth
            >
              <EuiTextArea
                value={draft.json}
                onChange={(event) => roles.edit(draft.name, { json: event.target.value })}
                disabled={!draft.included}
                rows={Math.min(12, draft.json.split('\n').length + 1)}
                fullWidth
                isInvalid={draft.included && Boolean(roles.errors[draft.name])}
                style={{ fontFamily: 'monospace' }}
                data-test-subj={`migrationRoleJson-${draft.name}`}
              />
            </EuiFormRow>
            <EuiSpacer size="s" />
          </div>
        ))
      )}
    </div>
  );
}
