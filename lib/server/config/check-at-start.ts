import { ConfigError, loadConfig } from './load-config';
import { nodeConfigSources } from './node-sources';

/** Stops the server process with the configuration's problems, each naming its variable or field. */
export function checkConfigOrExit(): void {
  try {
    loadConfig(nodeConfigSources());
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(78); // EX_CONFIG
  }
}
