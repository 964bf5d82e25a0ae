import { recentActivity } from '../../src/audit/recent-activity.js';
import { summariseUpcoming } from '../../src/bot/upcoming-summary.js';
import { summariseChannelDigests } from '../../src/digest/channel-digests.js';
import type { ChatFileImporter } from '../../src/bulk/messages/chat-file-import.js';
import type { SlackSettings } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Runtime } from '../../src/runtime.js';
import { opsRoutes, type OpsRoute } from '../web/ops-routes.js';
import { createSlackAdapter } from './slack-adapter.js';
import { SlackAuthError } from './slack-errors.js';

/** How long shutdown waits for handlers that already acked Slack. */
const SHUTDOWN_DRAIN_MS = 20_000;

/**
 * Serves Slack until SIGTERM or SIGINT, then stops taking requests and lets running handlers
 * finish. Returns the process exit code.
 */
export async function serveSlack(options: {
  slack: SlackSettings;
  port: number;
  runtime: Runtime;
  logger: Logger;
  signals?: NodeJS.EventEmitter;
  /** Routes of another platform served on the same port, such as Teams' /api/messages. */
  extraRoutes?: OpsRoute[];
  /** Runs after Slack has drained, to let the other platform's work finish too. */
  onShutdown?: () => Promise<unknown>;
  /** Previews CSV files shared in Slack. */
  importer?: ChatFileImporter;
}): Promise<number> {
  const { runtime, logger } = options;
  const adapter = createSlackAdapter({
    config: { ...options.slack, port: options.port },
    frontdesk: runtime.frontdesk,
    store: runtime.store,
    logger,
    upcoming: (siteId) => summariseUpcoming(runtime, siteId, new Date()),
    digests: (channelIds) => summariseChannelDigests(runtime, 'slack', channelIds, new Date()),
    activity: (siteIds) => recentActivity(runtime.audit, siteIds, new Date()),
    ...(options.importer === undefined ? {} : { importer: options.importer }),
    routes: [
      ...opsRoutes({ health: runtime.health, metrics: runtime.metrics }),
      ...(options.extraRoutes ?? []),
    ],
  });

  try {
    await adapter.start();
  } catch (error) {
    if (!(error instanceof SlackAuthError)) throw error;
    logger.error({ err: error.cause }, 'slack token check failed');
    process.stderr.write(`${error.message}\n`);
    return 1;
  }

  const signals = options.signals ?? process;
  const signal = await new Promise<string>((resolve) => {
    signals.once('SIGTERM', () => resolve('SIGTERM'));
    signals.once('SIGINT', () => resolve('SIGINT'));
  });
  logger.info({ signal }, 'shutting down');
  await adapter.stop(SHUTDOWN_DRAIN_MS);
  await options.onShutdown?.();
  return 0;
}
