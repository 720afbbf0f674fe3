import { describe, expect, it } from 'vitest';
import { remoteNameProblem } from './name-rule';
import { remoteClusterNameSchema } from './schema';

const SAMPLES = [
  'my-remote',
  'Remote_2',
  '',
  'a b',
  'a#b',
  'tab\there',
  'zero\u200bwidth',
  'x'.repeat(100),
  'x'.repeat(101),
  `${'y'.repeat(101)} #`,
  'émoji🙂',
];

describe('remoteNameProblem', () => {
  it("says what remoteClusterNameSchema's first issue says, for valid and invalid names alike", () => {
    for (const name of SAMPLES) {
      const parsed = remoteClusterNameSchema.safeParse(name);
      expect(remoteNameProblem(name), JSON.stringify(name)).toBe(
        parsed.success ? undefined : parsed.error.issues[0]?.message,
      );
    }
  });

  it('names the refused characters', () => {
    expect(remoteNameProblem('a b')).toBe('must not contain spaces');
    expect(remoteNameProblem('a#b')).toMatch(/must not contain #/);
    expect(remoteNameProblem('my-remote')).toBeUndefined();
  });
});
