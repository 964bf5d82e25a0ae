// Each mode imports its own platform stack when it starts. So a Slack-only process never loads
// botbuilder (about 45 MiB of resident memory under tsx, Node 20), and a Teams-only one never
// loads Bolt.
import type { FrontdeskConfig } from '../src/config.js';
import {
  chatFileImporterFor,
  type ChatFileImporter,
} from '../src/bulk/messages/chat-file-import.js';
import { createLogger, type Logger } from '../src/log.js';
import { createRuntime, type Runtime } from '../src/runtime.js';
import { readConfig } from './read-config.js';

/**
 * Starts Frontdesk: the Slack app or the Teams bot when its credentials are set, otherwise the
 * console chat on this terminal or on piped input.
 */
export async function runStart(_argv: string[]): Promise<number> {
  const config = readConfig('See the configuration table in README.md.\n');
  if (config === null) return 1;
  const { slack, teams } = config;
  if (slack !== null && teams !== null) {
    // One web process serves both: Teams' endpoint rides on the Slack receiver's server.
    const { serveSlack } = await import('../adapters/slack/serve-slack.js');
    const { createTeamsAdapter } = await import('../adapters/teams/teams-adapter.js');
    const { teamsMessagesRoute } = await import('../adapters/teams/teams-server.js');
    return runWebProcess(config, ({ runtime, logger, importer }) => {
      const adapter = createTeamsAdapter({
        config: teams,
        frontdesk: runtime.frontdesk,
        store: runtime.store,
        logger,
        importer,
      });
      return serveSlack({
        slack,
        port: config.port,
        runtime,
        logger,
        importer,
        extraRoutes: [teamsMessagesRoute(adapter, logger)],
        onShutdown: () => adapter.drain(20_000),
      });
    });
  }
  if (teams !== null) {
    const { serveTeams } = await import('../adapters/teams/serve-teams.js');
    return runWebProcess(config, (parts) => serveTeams({ teams, port: config.port, ...parts }));
  }
  if (slack !== null) {
    const { serveSlack } = await import('../adapters/slack/serve-slack.js');
    return runWebProcess(config, (parts) => serveSlack({ slack, port: config.port, ...parts }));
  }

  return runConsoleMode(config);
}

interface WebProcessParts {
  runtime: Runtime;
  logger: Logger;
  importer: ChatFileImporter;
}

/**
 * Builds what every Slack or Teams web process shares, runs `serve` until it returns, then stops
 * the embedded worker (if any) and closes the runtime.
 */
async function runWebProcess(
  config: FrontdeskConfig,
  serve: (parts: WebProcessParts) => Promise<number>,
): Promise<number> {
  const logger = createLogger({ level: config.logLevel ?? 'info' });
  const runtime = await createRuntime(config, logger);
  const importer = chatFileImporterFor(runtime, config, logger);
  const stopWorker = await startEmbeddedWorker(runtime, config, logger);
  try {
    return await serve({ runtime, logger, importer });
  } finally {
    await stopWorker?.();
    await runtime.close();
  }
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
  // and refused clicks, so only errors show unless LOG_LEVEL sets another level.
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
