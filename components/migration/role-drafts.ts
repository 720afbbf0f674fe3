'use client';
import { useState } from 'react';
import type { RoleSuggestion } from '@/lib/migration/role-suggestions';
import { updateRolesInputSchema, type UpdateRolesInput } from '@/lib/migration/schema';

// The roles' remote_indices as the person edits them (JSON per role), validated with the route's own schema, so
// the messages in the form are the ones the server would answer with.

export interface RoleDraft {
  name: string;
  source: string;
  json: string;
  included: boolean;
}

export interface RoleDrafts {
  drafts: RoleDraft[];
  /** Per role name: why its JSON cannot be sent. */
  errors: Record<string, string>;
  /** The update_roles body, when every included role is valid and at least one is included. */
  input: UpdateRolesInput | undefined;
  edit: (name: string, change: Partial<Pick<RoleDraft, 'json' | 'included'>>) => void;
}

const draftsOf = (suggestions: RoleSuggestion[]): RoleDraft[] =>
  suggestions.map((role) => ({
    name: role.name,
    source: role.source,
    json: JSON.stringify(role.remoteIndices, null, 2),
    included: true,
  }));

function validate(draft: RoleDraft): { value?: unknown; error?: string } {
  let value: unknown;
  try {
    value = JSON.parse(draft.json);
  } catch (error) {
    return { error: `is not valid JSON: ${error instanceof Error ? error.message : 'cannot be read'}` };
  }
  const parsed = updateRolesInputSchema.safeParse({ roles: [{ name: draft.name, remote_indices: value }] });
  if (parsed.success) return { value: parsed.data.roles[0]?.remote_indices };
  const issue = parsed.error.issues[0];
  // Paths read roles.0.remote_indices.1.names: the part after remote_indices is what the person can find.
  const where = issue?.path.slice(3).join('.');
  return { error: `${where ? `[${where}] ` : ''}${issue?.message ?? 'is not valid'}` };
}

/** Starts from the suggestions and starts over when they change (another remote cluster chosen). */
export function useRoleDrafts(suggestions: RoleSuggestion[] | undefined): RoleDrafts {
  const signature = JSON.stringify(suggestions ?? null);
  const [state, setState] = useState<{ signature: string; drafts: RoleDraft[] }>({
    signature,
    drafts: draftsOf(suggestions ?? []),
  });
  // Derived during render rather than in an effect: React's documented way to reset state when a prop changes.
  const current = state.signature === signature ? state : { signature, drafts: draftsOf(suggestions ?? []) };
  if (current !== state) setState(current);

  const errors: Record<string, string> = {};
  const roles: UpdateRolesInput['roles'] = [];
  for (const draft of current.drafts.filter((entry) => entry.included)) {
    const { value, error } = validate(draft);
    if (error) errors[draft.name] = error;
    else roles.push({ name: draft.name, remote_indices: value as UpdateRolesInput['roles'][number]['remote_indices'] });
  }
  return {
    drafts: current.drafts,
    errors,
    input: roles.length > 0 && Object.keys(errors).length === 0 ? { roles } : undefined,
    edit: (name, change) =>
      setState((previous) => ({
        ...previous,
        drafts: previous.drafts.map((draft) => (draft.name === name ? { ...draft, ...change } : draft)),
      })),
  };
}
