import type { Artifact } from './model';
import { KEY_PLACEHOLDER } from './model';

/**
 * An artifact with the encoded key in place of its placeholder, for showing and copying on screen only: the
 * browser holds the key in memory while its one-time display lasts, and it never goes back to the server.
 */
export function withKey(artifact: Artifact, encodedKey: string | undefined): Artifact {
  if (!encodedKey) return artifact;
  if (typeof artifact.content === 'string') {
    return { ...artifact, content: artifact.content.replaceAll(KEY_PLACEHOLDER, encodedKey) } as Artifact;
  }
  const replaced = JSON.parse(JSON.stringify(artifact.content), (_key, value: unknown) =>
    value === KEY_PLACEHOLDER ? encodedKey : value,
  ) as unknown;
  return { ...artifact, content: replaced } as Artifact;
}
