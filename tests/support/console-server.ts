import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { writeTestConsoleConfig } from './sandbox';

export interface RunningConsole {
  url: string;
  stop: () => Promise<void>;
  output: () => string;
}

/** The console environment for the sandbox: its registry, a fresh secret, the URL the tests use. */
export function consoleEnv(port: number, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    RCC_CONFIG_FILE: writeTestConsoleConfig(),
    NEXTAUTH_SECRET: randomBytes(32).toString('base64'),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    ...extra,
  };
}

/**
 * Runs the production build (`next start`), as the demo and a deployment do. With `logFile`, everything the
 * server prints is also appended there, so tests in other processes can check the log for leaked secrets.
 */
export function spawnConsole(
  port: number,
  env: NodeJS.ProcessEnv,
  logFile?: string,
): { child: ChildProcess; output: () => string } {
  const child = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (logFile) appendFileSync(logFile, chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { child, output: () => output };
}

export async function startConsole(
  port: number,
  extra: Record<string, string | undefined> = {},
  logFile?: string,
): Promise<RunningConsole> {
  const { child, output } = spawnConsole(port, consoleEnv(port, extra), logFile);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the console exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
