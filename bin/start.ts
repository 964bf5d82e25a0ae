import { runConsole } from '../adapters/console/console-adapter.js';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { createLogger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';

/** Starts Frontdesk with the console chat on this terminal or on piped input. */
export async function runStart(_argv: string[]): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
    return 1;
  }
  // The console shares the terminal with the logs, so only warnings show unless LOG_LEVEL says.
  const logger = createLogger({ level: config.logLevel ?? 'warn' });
  const runtime = await createRuntime(config, logger);
  const site = (await runtime.sites.sites())[0];
  const interactive = process.stdin.isTTY === true;
  const source =
    runtime.sandboxUrl === null ? 'ElevenOS' : `the ElevenOS sandbox at ${runtime.sandboxUrl}`;

  await runConsole({
    frontdesk: runtime.frontdesk,
    logger,
    input: process.stdin,
    output: process.stdout,
    interactive,
    banner: `Frontdesk is connected to ${source}${site === undefined ? '' : `, site ${site.name}`}. Type "help" for commands${interactive ? ', "exit" to leave' : ''}.`,
  });
  await runtime.close();
  return 0;
}
