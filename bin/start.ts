// Each mode imports its own platform stack when it starts. So a Slack-only process never loads
// botbuilder (about 45 MiB of resident memory under tsx, Node 20), and a Teams-only one never
// loads Bolt.
import { loadConfig, type FrontdeskConfig } from '../src/config.js';
import { chatFileImporterFor } from '../src/bulk/messages/chat-file-import.js';
import { ConfigError } from '../src/errors.js';
import { createLogger, type Logger } from '../src/log.js';
import { createRuntime, type Runtime } from '../src/runtime.js';

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
    const { serveSlack } = await import('../adapters/slack/serve-slack.js');
    const { createTeamsAdapter } = await import('../adapters/teams/teams-adapter.js');
    const { teamsMessagesRoute } = await import('../adapters/teams/teams-server.js');
    const logger = createLogger({ level: config.logLevel ?? 'info' });
    const runtime = await createRuntime(config, logger);
    const importer = chatFileImporterFor(runtime, config, logger);
    const stopWorker = await startEmbeddedWorker(runtime, config, logger);
    const teams = createTeamsAdapter({
      config: config.teams,
      frontdesk: runtime.frontdesk,
      store: runtime.store,
      logger,
      importer,
    });
    try {
      return await serveSlack({
        slack: config.slack,
        port: config.port,
        runtime,
        logger,
        importer,
        extraRoutes: [teamsMessagesRoute(teams, logger)],
        onShutdown: () => teams.drain(20_000),
      });
    } finally {
      await stopWorker?.();
      await runtime.close();
    }
  }
  if (config.teams !== null) {
    const { serveTeams } = await import('../adapters/teams/serve-teams.js');
    const logger = createLogger({ level: config.logLevel ?? 'info' });
    const runtime = await createRuntime(config, logger);
    const stopWorker = await startEmbeddedWorker(runtime, config, logger);
    try {
      return await serveTeams({
        teams: config.teams,
        port: config.port,
        runtime,
        logger,
        importer: chatFileImporterFor(runtime, config, logger),
      });
    } finally {
      await stopWorker?.();
      await runtime.close();
    }
  }
  if (config.slack !== null) {
    const { serveSlack } = await import('../adapters/slack/serve-slack.js');
    const logger = createLogger({ level: config.logLevel ?? 'info' });
    const runtime = await createRuntime(config, logger);
    const stopWorker = await startEmbeddedWorker(runtime, config, logger);
    try {
      return await serveSlack({
        slack: config.slack,
        port: config.port,
        runtime,
        logger,
        importer: chatFileImporterFor(runtime, config, logger),
      });
    } finally {
      await stopWorker?.();
      await runtime.close();
    }
  }

  return runConsoleMode(config);
}

/**
 * Runs the background tasks (bulk jobs, digests) in a Slack or Teams web process that talks to
 * its own embedded sandbox. A separate `frontdesk worker` would start a sandbox and an in-memory
 * store of its own and never see this process's jobs. Returns how to stop them, or null with a
 * real ElevenOS account, where the Procfile's worker runs them.
 */
async function startEmbeddedWorker(
  runtime: Runtime,
  config: FrontdeskConfig,
  logger: Logger,
): Promise<(() => Promise<void>) | null> {
  if (runtime.sandboxUrl === null) return null;
  const { createPoster } = await import('../src/bot/poster.js');
  const { createWorkerTasks } = await import('../src/worker/tasks.js');
  const { startWorker } = await import('../src/worker/worker.js');
  const { createPosters } = await import('./posters.js');
  const poster = createPoster(createPosters(config, logger, { store: runtime.store }));
  const worker = startWorker({
    tasks: createWorkerTasks({ runtime, poster, logger, config }),
    logger: logger.child({ component: 'worker' }),
  });
  logger.info('background tasks run in the web process beside the embedded sandbox');
  return () => worker.stop();
}

/** Runs the console chat, the playground beside it and the background tasks in this process. */
async function runConsoleMode(config: FrontdeskConfig): Promise<number> {
  const { runConsole } = await import('../adapters/console/console-adapter.js');
  const { startPlaygroundBesideConsole } = await import('../adapters/web/beside-console.js');
  const { waitForBulkJobs } = await import('../src/bulk/wait-for-jobs.js');
  const { createPoster } = await import('../src/bot/poster.js');
  const { createWorkerTasks } = await import('../src/worker/tasks.js');
  const { startWorker } = await import('../src/worker/worker.js');
  const { createPosters } = await import('./posters.js');
  // The console shares the terminal with the logs, and its replies already report failed changes
  // and refused clicks, so only errors show unless LOG_LEVEL says.
  const logger = createLogger({ level: config.logLevel ?? 'error' });
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
