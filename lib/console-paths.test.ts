import { describe, expect, it } from 'vitest';
import { splitConsolePaths } from './console-paths';

describe('splitConsolePaths', () => {
  it('makes each console path a part of its own, leaving the sentence around it', () => {
    expect(splitConsolePaths('Migrate it in place: /remote-clusters/migrate/legacy.')).toEqual([
      { text: 'Migrate it in place: ' },
      { text: '/remote-clusters/migrate/legacy', path: '/remote-clusters/migrate/legacy' },
      { text: '.' },
    ]);
  });

  it('leaves paths of other sites and plain text alone', () => {
    expect(splitConsolePaths('See https://example.com/roles and a/roles')).toEqual([
      { text: 'See https://example.com/roles and a/roles' },
    ]);
    expect(splitConsolePaths('no paths here')).toEqual([{ text: 'no paths here' }]);
  });

  it('finds several', () => {
    const parts = splitConsolePaths('/roles then (/api-keys)');
    expect(parts.filter((part) => part.path).map((part) => part.path)).toEqual(['/roles', '/api-keys']);
  });
});
