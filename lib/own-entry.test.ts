import { describe, expect, it } from 'vitest';
import { ownEntry } from './own-entry';

describe('ownEntry', () => {
  it("returns only the object's own values, never Object.prototype's", () => {
    const answer: Record<string, number> = JSON.parse('{"prod": 1, "__proto__": 2}') as Record<string, number>;
    expect(ownEntry(answer, 'prod')).toBe(1);
    expect(ownEntry(answer, '__proto__')).toBe(2);
    expect(ownEntry(answer, 'constructor')).toBeUndefined();
    expect(ownEntry(answer, 'toString')).toBeUndefined();
    expect(ownEntry({}, '__proto__')).toBeUndefined();
    expect(ownEntry(undefined, 'prod')).toBeUndefined();
  });
});
