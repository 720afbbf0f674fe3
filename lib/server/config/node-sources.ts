import { accessSync, constants, readFileSync } from 'node:fs';
import type { ConfigSources } from './load-config';

/** The real environment and file system (no server-only marker: instrumentation.ts loads it too). */
export function nodeConfigSources(): ConfigSources {
  return {
    env: process.env,
    readFile: (path) => readFileSync(path, 'utf8'),
    isReadable: (path) => {
      try {
        accessSync(path, constants.R_OK);
        return true;
      } catch {
        return false;
      }
    },
  };
}
