import { runConsole } from '../adapters/console/console-adapter.js';
import { serveSlack } from '../adapters/slack/serve-slack.js';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';
import { createLogger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';
import { createPoster } from '../src/bot/poster.js';
import { createWorkerTasks } from '../src/worker/tasks.js';
import { startWorker } from '../src/worker/worker.js';
import { createPosters } from './posters.js';

/**
 * Starts Frontdesk: the Slack app when Slack credentials are set, otherwise the console chat on
 * this terminal or on piped input.
 */
export async function runStart(_argv: string[]): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
    return 1;
  }
  if (config.slack !== null) {
    const logger = createLogger({ level: config.logLevel ?? 'info' });
    const runtime = await createRuntime(config, logger);
    try {
      return await serveSlack({ slack: config.slack, port: config.port, runtime, logger });
    } finally {
      await runtime.close();
    }
  }

  // The console shares the terminal with the logs, so only warnings show unless LOG_LEVEL says.
  const logger = createLogger({ level: config.logLevel ?? 'warn' });
  const runtime = await createRuntime(config, logger);
  const siteNames = (await runtime.sites.sites()).map((site) => site.name);
  const interactive = process.stdin.isTTY === true;
  const source =
    runtime.sandboxUrl === null ? 'ElevenOS' : `the ElevenOS sandbox at ${runtime.sandboxUrl}`;

  // The console is a single process, so it also runs the background tasks, posting into itself.
  const poster = createPoster(createPosters(config, logger, process.stdout));
  const worker = startWorker({
    tasks: createWorkerTasks({ runtime, poster, logger, config }),
    logger,
  });
  await runConsole({
    frontdesk: runtime.frontdesk,
    logger,
    input: process.stdin,
    output: process.stdout,
    interactive,
    banner: [
      `Frontdesk is connected to ${source}: ${siteNames.join(', ')}.`,
      `Type "help" for commands, "use <site>" to work on one site${interactive ? ', "exit" to leave' : ''}.`,
    ].join('\n'),
  });
  await worker.stop();
  await runtime.close();
  return 0;
}
