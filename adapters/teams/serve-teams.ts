import type { ChatFileImporter } from '../../src/bulk/messages/chat-file-import.js';
import type { TeamsSettings } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Runtime } from '../../src/runtime.js';
import { opsRoutes } from '../web/ops-routes.js';
import { createTeamsAdapter } from './teams-adapter.js';
import { MESSAGES_PATH, startTeamsServer } from './teams-server.js';

/** How long shutdown waits for card updates and replies still being sent. */
const SHUTDOWN_DRAIN_MS = 20_000;

/**
 * Serves Teams at /api/messages, with /healthz and /metrics beside it, until SIGTERM or SIGINT;
 * then stops taking requests and lets running work finish. Returns the process exit code.
 */
export async function serveTeams(options: {
  teams: TeamsSettings;
  port: number;
  runtime: Runtime;
  logger: Logger;
  signals?: NodeJS.EventEmitter;
  /** Previews CSV files attached in personal chats. */
  importer?: ChatFileImporter;
}): Promise<number> {
  const { runtime, logger } = options;
  const adapter = createTeamsAdapter({
    config: options.teams,
    frontdesk: runtime.frontdesk,
    store: runtime.store,
    logger,
    ...(options.importer === undefined ? {} : { importer: options.importer }),
  });
  const routes = opsRoutes({ health: runtime.health, metrics: runtime.metrics });
  const server = await startTeamsServer({
    adapter,
    port: options.port,
    logger,
    fallback: (request, response) => {
      const path = (request.url ?? '/').split('?')[0];
      const route = routes.find((each) => each.path === path);
      if (route !== undefined && route.method.includes(request.method ?? 'GET')) {
        route.handler(request, response);
        return;
      }
      response.writeHead(404).end();
    },
  });
  logger.info({ port: server.port, path: MESSAGES_PATH }, 'teams adapter started');

  const signals = options.signals ?? process;
  const signal = await new Promise<string>((resolve) => {
    signals.once('SIGTERM', () => resolve('SIGTERM'));
    signals.once('SIGINT', () => resolve('SIGINT'));
  });
  logger.info({ signal }, 'shutting down');
  await server.close();
  const drained = await adapter.drain(SHUTDOWN_DRAIN_MS);
  if (!drained) logger.warn({ inFlight: adapter.inFlight }, 'teams work still running at shutdown');
  logger.info({ drained }, 'teams adapter stopped');
  return 0;
}
