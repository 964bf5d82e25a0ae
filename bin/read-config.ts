import { loadConfig, type FrontdeskConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

/**
 * Loads the configuration from the environment, or writes every invalid or missing variable to
 * stderr and returns null, so each command exits 1 without a stack trace.
 */
export function readConfig(hint = ''): FrontdeskConfig | null {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n${hint}`);
    return null;
  }
}
