import { runDigestCli } from '../src/digest/digest-cli.js';
import { ConfigError } from '../src/errors.js';

/**
 * `frontdesk digest next|preview`. Only a preview reads ElevenOS (or the sandbox when no account
 * is set), so only it loads the runtime.
 */
export async function runDigest(argv: string[]): Promise<number> {
  try {
    return await runDigestCli(argv, process, async (now) => {
      const [{ loadConfig }, { createLogger }, { createRuntime }] = await Promise.all([
        import('../src/config.js'),
        import('../src/log.js'),
        import('../src/runtime.js'),
      ]);
      const config = loadConfig(process.env);
      // The preview prints to stdout, so only warnings reach the terminal unless LOG_LEVEL is set.
      const logger = createLogger({ level: config.logLevel ?? 'warn' });
      return createRuntime(config, logger, { now: () => now });
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
    return 1;
  }
}
