import { describe, expect, it } from 'vitest';
import { fieldErrors } from '@/lib/validation/field-errors';
import { deploymentSchema } from './schema';

const errorsOf = (value: unknown) => {
  const result = deploymentSchema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error);
};

describe('deploymentSchema', () => {
  it('accepts each of the four kinds', () => {
    for (const value of [
      { type: 'self-managed' },
      { type: 'eck', name: 'quickstart', namespace: 'elastic-system', eckVersion: '3.2.0' },
      { type: 'ech', deploymentId: 'a'.repeat(32), refId: 'main-elasticsearch' },
      { type: 'ece', deploymentId: 'b'.repeat(32), apiUrl: 'https://ece.example.com:12443' },
    ]) {
      expect(deploymentSchema.parse(value)).toEqual(value);
    }
  });

  it('names the field and the rule it breaks', () => {
    expect(errorsOf({ type: 'eck', name: 'Quick_start', namespace: 'default' })).toEqual({
      name: expect.stringContaining('must be a Kubernetes resource name'),
    });
    expect(errorsOf({ type: 'eck', name: 'quickstart' })).toEqual({ namespace: 'is required' });
    expect(errorsOf({ type: 'ech', deploymentId: 'not-an-id' })).toEqual({
      deploymentId: expect.stringContaining('32 lowercase hexadecimal'),
    });
    expect(errorsOf({ type: 'ece', deploymentId: 'b'.repeat(32), apiUrl: 'http://ece.example.com' })).toEqual({
      apiUrl: expect.stringContaining('ECE API address'),
    });
    expect(errorsOf({ type: 'self-managed', name: 'x' })).toEqual({ name: expect.stringContaining('not a field') });
    expect(Object.values(errorsOf({ type: 'docker' }))[0]).toContain('self-managed, eck, ech, ece');
  });
});
