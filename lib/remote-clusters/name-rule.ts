// A remote cluster's name (its alias), the rule Elasticsearch applies, in words a person can act on. zod-free, so a
// page can check a name without loading zod; schema.ts builds remoteClusterNameSchema from the same pieces.

export const MAX_NAME_LENGTH = 100;

/**
 * Which characters of a name Elasticsearch's alias rule refuses, said the way Kibana does: spaces on their own, the
 * other characters listed once each (a hidden one by its code, as it cannot be seen).
 */
export function nameCharactersProblem(name: string): string | undefined {
  if (/\s/.test(name)) return 'must not contain spaces';
  const refused = [...new Set(name.replace(/[a-zA-Z0-9_-]/g, ''))];
  if (refused.length === 0) return undefined;
  const shown = refused.map((character) =>
    /^[\x21-\x7e]$/.test(character)
      ? character
      : `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `must not contain ${shown.join(' ')} (use letters, digits, "_" and "-")`;
}

/** The first problem remoteClusterNameSchema reports for this name, or undefined when it is a valid name. */
export function remoteNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is required';
  if (name.length > MAX_NAME_LENGTH) return `must be at most ${MAX_NAME_LENGTH} characters`;
  return nameCharactersProblem(name);
}
