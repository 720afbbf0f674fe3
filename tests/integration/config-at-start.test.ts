import { describe, expect, it } from 'vitest';
import { consoleEnv, spawnConsole } from '../support/console-server';

async function exitOf(extra: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const port = 3190;
  const { child, output } = spawnConsole(port, consoleEnv(port, extra));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(null);
    }, 30_000);
    child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, output: output() };
}

describe('configuration checked at start', () => {
  it.each([
    ['no session secret', { NEXTAUTH_SECRET: undefined }, 'NEXTAUTH_SECRET'],
    [
      'a registry file that does not exist',
      { RCC_CONFIG_FILE: '/nonexistent/console.json' },
      'RCC_CONFIG_FILE (/nonexistent/console.json): cannot be read',
    ],
    ['a public URL that is not one', { NEXTAUTH_URL: 'console' }, 'NEXTAUTH_URL: must be the URL people open'],
  ])('stops the server on %s, naming it', async (_case, extra, expected) => {
    const { code, output } = await exitOf(extra);
    expect(code).toBe(78);
    expect(output).toContain("The console's configuration is invalid");
    expect(output).toContain(expected);
  });
});
