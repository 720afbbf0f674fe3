import { describe, expect, it } from 'vitest';
import { compareVersions } from './versions';

describe('compareVersions', () => {
  it('orders versions numerically, not as text', () => {
    expect(['9.10.0', '8.19.21', '9.5.4', '8.14.3'].sort(compareVersions)).toEqual([
      '8.14.3',
      '8.19.21',
      '9.5.4',
      '9.10.0',
    ]);
  });

  it('treats a snapshot suffix as the same release', () => {
    expect(compareVersions('9.5.4-SNAPSHOT', '9.5.4')).toBe(0);
  });
});
