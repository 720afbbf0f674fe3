import { test as base, expect, type ConsoleMessage } from '@playwright/test';

interface ConsoleProblems {
  /** Everything the browser printed as an error or warning, and every uncaught page exception. */
  readonly seen: string[];
  /** Declares one problem the test itself provokes (such as the 401 of a wrong password); it must occur. */
  expect(pattern: RegExp): void;
}

/**
 * Every test fails if the production build printed an error or warning it did not declare: EUI on the
 * App Router hides hydration problems there.
 */
export const test = base.extend<{ consoleProblems: ConsoleProblems }>({
  consoleProblems: async ({ page }, provide) => {
    const seen: string[] = [];
    const expected: RegExp[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error' || message.type() === 'warning') seen.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
    await provide({ seen, expect: (pattern) => expected.push(pattern) });
    for (const pattern of expected)
      expect(
        seen.some((problem) => pattern.test(problem)),
        `expected ${pattern} in the console`,
      ).toBe(true);
    const unexpected = seen.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
    expect(unexpected, 'browser console of the production build').toEqual([]);
  },
});

export { expect };

/**
 * For tests of what the console alone decides (layout, addresses, links, embedding, its own retries): the same on
 * every Elasticsearch line, so scripts/test.sh runs them against the first line only and keeps the suite short.
 */
export const CONSOLE_ONLY = { tag: '@console-only' };
