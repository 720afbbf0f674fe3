import type { TestProject } from 'vitest/node';
import { adminClient } from '../support/sandbox';
import { startConsole } from '../support/console-server';

declare module 'vitest' {
  export interface ProvidedContext {
    consoleUrl: string;
  }
}

const PORT = Number(process.env.RCC_TEST_PORT ?? 3100);

export default async function setup(project: TestProject) {
  try {
    await adminClient('local').security.authenticate();
  } catch (error) {
    throw new Error(`the sandbox's local cluster does not answer (${(error as Error).message}); run: npm run sandbox -- up`);
  }
  const console_ = await startConsole(PORT);
  project.provide('consoleUrl', console_.url);
  return async () => {
    await console_.stop();
  };
}
