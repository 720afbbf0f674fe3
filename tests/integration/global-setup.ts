import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { adminClient } from '../support/sandbox';
import { startConsole } from '../support/console-server';

declare module 'vitest' {
  export interface ProvidedContext {
    consoleUrl: string;
    /** Everything the console server printed during the run (checked for leaked secrets). */
    consoleLogFile: string;
  }
}

const PORT = Number(process.env.RCC_TEST_PORT ?? 3100);

export default async function setup(project: TestProject) {
  try {
    await adminClient('local').security.authenticate();
  } catch (error) {
    throw new Error(
      `the sandbox's local cluster does not answer (${(error as Error).message}); run: npm run sandbox -- up`,
    );
  }
  const logFile = resolve('.reports/console-integration.log');
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, '');
  const console_ = await startConsole(PORT, {}, logFile);
  project.provide('consoleUrl', console_.url);
  project.provide('consoleLogFile', logFile);
  return async () => {
    await console_.stop();
  };
}
