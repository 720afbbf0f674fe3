import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { markZodJitless } from './zod-jitless';

describe('markZodJitless', () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it('reaches the zod already loaded, as z.config({ jitless: true }) would', () => {
    z.config({ jitless: false });
    markZodJitless(globalThis);
    expect(z.config().jitless).toBe(true);
  });

  it('keeps the rest of the configuration', () => {
    z.config({ jitless: false, customError: () => 'kept' });
    markZodJitless(globalThis);
    expect(z.config().customError).toBeTypeOf('function');
    z.config({ customError: undefined });
  });

  it('creates the holder when zod has not loaded yet', () => {
    const scope: { __zod_globalConfig?: { jitless?: boolean } } = {};
    markZodJitless(scope);
    expect(scope.__zod_globalConfig).toEqual({ jitless: true });
  });
});
