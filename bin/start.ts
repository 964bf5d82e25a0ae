import { runConsole } from '../adapters/console/console-adapter.js';
import { serveSlack } from '../adapters/slack/serve-slack.js';
import { serveTeams } from '../adapters/teams/serve-teams.js';
import { createTeamsAdapter } from '../adapters/teams/teams-adapter.js';
import { teamsMessagesRoute } from '../adapters/teams/teams-server.js';
import { startPlaygroundBesideConsole } from '../adapters/web/beside-console.js';
import { loadConfig } from '../src/config.js';
import { waitForBulkJobs } from '../src/bulk/wait-for-jobs.js';
import { ConfigError } from '../src/errors.js';
import { createLogger } from '../src/log.js';
import { createRuntime } from '../src/runtime.js';
import { createPoster } from '../src/bot/poster.js';
import { createWorkerTasks } from '../src/worker/tasks.js';
import { startWorker } from '../src/worker/worker.js';
import { createPosters } from './posters.js';

/**
 * Starts Frontdesk: the Slack app or the Teams bot when its credentials are set, otherwise the
 * console chat on this terminal or on piped input.
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
  if (config.slack !== null && config.teams !== null) {
    // One web process serves both: Teams' endpoint rides on the Slack receiver's server.
    const logger = createLogger({ level: config.logLevel ?? 'info' });
    const runtime = await createRuntime(config, logger);
    const teams = createTeamsAdapter({
      config: config.teams,
      frontdesk: runtime.frontdesk,
      store: runtime.store,
      logger,
    });
    try {
      return await serveSlack({
        slack: config.slack,
        port: config.port,
        runtime,
        logger,
        extraRoutes: [teamsMessagesRoute(teams, logger)],
        onShutdown: () => teams.drain(20_000),
      });
    } finally {
      await runtime.close();
    }
  }
  if (config.teams !== null) {
    const logger = createLogger({ level: config.logLevel ?? 'info' });
    const runtime = await createRuntime(config, logger);
    try {
      return await serveTeams({ teams: config.teams, port: config.port, runtime, logger });
    } finally {
      await runtime.close();
    }
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
  const web = await startPlaygroundBesideConsole({ runtime, config, logger });
  const poster = createPoster([
    ...createPosters(config, logger, { store: runtime.store, consoleOutput: process.stdout }),
    ...web.posters,
  ]);
  const startedAt = new Date();
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
      web.banner,
      `Type "help" for commands, "use <site>" to work on one site${interactive ? ', "exit" to leave' : ''}.`,
    ].join('\n'),
  });
  // Piped input may end right after "yes": bulk jobs confirmed here still post their result.
  await waitForBulkJobs(runtime.store, { platform: 'console', since: startedAt });
  await web.close();
  await worker.stop();
  await runtime.close();
  return 0;
}
