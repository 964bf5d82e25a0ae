import type { AddressInfo } from 'node:net';

import { App, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';

import type { Frontdesk } from '../../src/bot/frontdesk.js';
import type { ChatFileImporter } from '../../src/bulk/messages/chat-file-import.js';
import type { SlackSettings } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/store/store.js';
import { createApproverPolicy } from './approver-policy.js';
import { createBoltLogger } from './bolt-logger.js';
import { createPayloadErrorHandler } from './payload-error-handler.js';
import type { OpsRoute } from '../web/ops-routes.js';
import { createChannelPacer } from './channel-pacer.js';
import { createDeliveryGuard } from './delivery-guard.js';
import { rejectFutureTimestamps } from './future-timestamp-guard.js';
import { SLACK_DOWNLOAD_TIMEOUT_MS, SLACK_FILES_ORIGIN } from './file-download.js';
import { registerActionHandler } from './handlers/action-handler.js';
import { registerCommandHandler } from './handlers/command-handler.js';
import { registerEditHandlers } from './handlers/edit-handlers.js';
import { registerFileShareHandler } from './handlers/file-share-handler.js';
import type { HandlerContext } from './handlers/handler-context.js';
import { registerHomeHandler, type UserChannels } from './handlers/home-handler.js';
import { registerMessageHandlers } from './handlers/message-handler.js';
import { healthRoute } from './health-route.js';
import type { HomeSource } from './home-source.js';
import { SlackAuthError } from './slack-errors.js';
import { createSlackMessenger } from './slack-messenger.js';
import { createWorkTracker } from '../../src/ops/work-tracker.js';

/** The Slack part of Frontdesk's configuration, plus the port of the HTTP receiver. */
export interface SlackAdapterConfig extends SlackSettings {
  port: number;
}

export interface SlackAdapterOptions {
  config: SlackAdapterConfig;
  frontdesk: Frontdesk;
  store: Store;
  logger: Logger;
  /** A site's upcoming move-ins and move-outs for App Home; Home lists none without it. */
  upcoming?: HomeSource['upcoming'];
  /** The digests of the user's channels for App Home; without it, Home shows a note instead. */
  digests?: HomeSource['digests'];
  /** Used for every Web API call and response_url post; tests count requests with it. */
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  /** How long a modal submission waits for field errors before it closes. Default 2,500 ms. */
  editDeadlineMs?: number;
  /** Minimum time between two posts to one channel. Default 1,000 ms. */
  paceIntervalMs?: number;
  /** The latest audit entries of some sites for App Home. */
  activity?: HomeSource['activity'];
  /** More HTTP routes on the receiver's server, such as /healthz and /metrics. */
  routes?: OpsRoute[];
  /** Socket Mode ping timeouts; tests shorten them. */
  socketMode?: { clientPingTimeoutMs?: number; serverPingTimeoutMs?: number };
  /** Previews CSV files shared with the bot; without it, a shared CSV gets a short refusal. */
  importer?: ChatFileImporter;
  /** How long one shared file's download may take. Default 30,000 ms. */
  fileDownloadTimeoutMs?: number;
}

export interface SlackAdapter {
  app: App;
  /** Checks the bot token, then serves: HTTP on the configured port, or Socket Mode. */
  start(): Promise<{ mode: 'http' | 'socket'; port: number | null }>;
  /** Stops taking requests, then waits up to `drainMs` for handlers that are still working. */
  stop(drainMs?: number): Promise<void>;
  /** Handlers still working after their ack. */
  readonly inFlight: number;
}

const DEFAULT_EDIT_DEADLINE_MS = 2_500;
const SOCKET_CLOSE_MS = 5_000;

/**
 * Stops Socket Mode and waits for the close handshake. Bolt's stop() resolves before it ends,
 * and a peer that drops the socket mid-handshake leaves the SDK's 30 s close timer behind.
 */
async function stopSocket(receiver: SocketModeReceiver): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const closed = new Promise<void>((resolve) => {
    receiver.client.once('disconnected', () => resolve());
    timer = setTimeout(resolve, SOCKET_CLOSE_MS);
  });
  await receiver.stop();
  await closed;
  clearTimeout(timer);
}
const DEFAULT_DRAIN_MS = 10_000;

/** Builds the Slack app on Bolt: receiver, listeners, pacing, dedupe and approvers. */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, frontdesk, store } = options;
  const logger = options.logger.child({ component: 'slack' });
  const boltLogger = createBoltLogger(logger);
  const fetchFn = options.fetch ?? globalThis.fetch;
  const work = createWorkTracker();
  const slackApiUrl = config.apiUrl;
  // Rate-limited calls come back to the pacer, which waits out Retry-After per channel.
  const clientOptions = {
    ...(slackApiUrl === undefined ? {} : { slackApiUrl }),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 2, minTimeout: 500, maxTimeout: 2_000 },
    fetch: fetchFn,
  };
  const socket = config.appToken !== undefined;
  let running = false;
  const routes = [healthRoute(work), ...(options.routes ?? [])];

  const receiver: Receiver = socket
    ? new SocketModeReceiver({
        appToken: config.appToken!,
        logger: boltLogger,
        customRoutes: routes,
        installerOptions: { port: config.port, clientOptions },
        ...(options.socketMode?.clientPingTimeoutMs === undefined
          ? {}
          : { clientPingTimeout: options.socketMode.clientPingTimeoutMs }),
        ...(options.socketMode?.serverPingTimeoutMs === undefined
          ? {}
          : { serverPingTimeout: options.socketMode.serverPingTimeoutMs }),
      })
    : new HTTPReceiver({
        signingSecret: config.signingSecret!,
        port: config.port,
        customRoutes: routes,
        logger: boltLogger,
        // Ack first: listeners call ack() before any slow call, and the response leaves then.
        processBeforeResponse: false,
        processEventErrorHandler: createPayloadErrorHandler(logger),
      });
  if (receiver instanceof HTTPReceiver) rejectFutureTimestamps(receiver, logger);
  const app = new App({
    receiver,
    token: config.botToken,
    logger: boltLogger,
    clientOptions,
    deferInitialization: true,
  });

  const messenger = createSlackMessenger({
    client: app.client,
    fetch: fetchFn,
    pacer: createChannelPacer({
      intervalMs: options.paceIntervalMs ?? 1_000,
      maxRateLimitRetries: 3,
      logger,
    }),
  });
  const context: HandlerContext = {
    frontdesk,
    messenger,
    work,
    logger,
    editDeadlineMs: options.editDeadlineMs ?? DEFAULT_EDIT_DEADLINE_MS,
    deliveries: createDeliveryGuard({
      store,
      logger,
      ...(options.now ? { now: options.now } : {}),
    }),
    approvers: createApproverPolicy({
      users: config.approvers,
      group: config.approverGroup,
      logger,
      listGroupMembers: async (usergroup) =>
        (await app.client.usergroups.users.list({ usergroup })).users ?? [],
    }),
    home: {
      channelSites: async () =>
        (await store.listChannelSites('slack:')).map((binding) => ({
          channelId: binding.conversationKey.slice('slack:'.length),
          siteId: binding.siteId,
          bound: binding.boundBy !== null,
        })),
      upcoming: options.upcoming ?? (() => Promise.resolve(null)),
      ...(options.digests === undefined ? {} : { digests: options.digests }),
      ...(options.activity === undefined ? {} : { activity: options.activity }),
    },
  };
  const listUserChannels: UserChannels = async (user, cursor) => {
    const page = await app.client.users.conversations({
      user,
      types: 'public_channel,private_channel',
      exclude_archived: true,
      limit: 200,
      ...(cursor === undefined ? {} : { cursor }),
    });
    return {
      channelIds: (page.channels ?? []).flatMap((channel) =>
        channel.id === undefined ? [] : [channel.id],
      ),
      nextCursor: page.response_metadata?.next_cursor,
    };
  };

  registerCommandHandler(app, context);
  registerMessageHandlers(app, context);
  registerFileShareHandler(
    app,
    context,
    options.importer === undefined
      ? null
      : {
          importer: options.importer,
          access: {
            botToken: config.botToken,
            filesOrigin: config.filesOrigin ?? SLACK_FILES_ORIGIN,
            fetch: fetchFn,
            timeoutMs: options.fileDownloadTimeoutMs ?? SLACK_DOWNLOAD_TIMEOUT_MS,
          },
        },
  );
  registerActionHandler(app, context);
  registerEditHandlers(app, context);
  registerHomeHandler(app, context, listUserChannels);
  app.error(async (error) => {
    logger.error({ err: error }, 'slack listener failed');
    return Promise.resolve();
  });

  return {
    app,
    get inFlight() {
      return work.size;
    },
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw new SlackAuthError(error);
      }
      running = true;
      if (receiver instanceof SocketModeReceiver) {
        await receiver.start();
        logger.info({ mode: 'socket' }, 'slack adapter started');
        return { mode: 'socket', port: null };
      }
      const server = await (receiver as HTTPReceiver).start(config.port);
      const port = (server.address() as AddressInfo).port;
      logger.info({ mode: 'http', port }, 'slack adapter started');
      return { mode: 'http', port };
    },
    async stop(drainMs = DEFAULT_DRAIN_MS) {
      if (running && receiver instanceof SocketModeReceiver) await stopSocket(receiver);
      else if (running) await receiver.stop?.();
      running = false;
      const drained = await work.drain(drainMs);
      if (!drained)
        logger.warn({ inFlight: work.size }, 'slack handlers still running at shutdown');
      logger.info({ drained }, 'slack adapter stopped');
    },
  };
}
