import type { Frontdesk } from '../../src/bot/frontdesk.js';
import type { ChatFileImporter } from '../../src/bulk/messages/chat-file-import.js';
import type { ProactivePoster } from '../../src/bot/proactive.js';
import type { TeamsSettings } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/store/store.js';
import { createWorkTracker } from '../../src/ops/work-tracker.js';
import { createTeamsApproverPolicy } from './approver-policy.js';
import { createCloudConnection } from './bot-framework/cloud-connection.js';
import { createCardSeal } from './cards/card-seal.js';
import { TEAMS_DOWNLOAD_TIMEOUT_MS } from './file-attachments.js';
import type { TeamsFileImports } from './handlers/attachment-import.js';
import { onCardAction } from './handlers/card-action-handler.js';
import { onMembershipChange } from './handlers/membership-handler.js';
import { onMessage } from './handlers/message-handler.js';
import type { TeamsContext } from './handlers/teams-context.js';
import { createMessageUpdates } from './message-updates.js';
import { createProactivePoster } from './proactive-poster.js';
import { createReferenceBook } from './reference-book.js';
import type {
  ConversationRef,
  InvokeReply,
  ReceivedRequest,
  TeamsActivity,
  TeamsConnection,
} from './teams-connection.js';

/** The Teams part of Frontdesk's configuration. */
export type TeamsAdapterConfig = TeamsSettings;

export interface TeamsAdapterOptions {
  config: TeamsAdapterConfig;
  frontdesk: Frontdesk;
  store: Store;
  logger: Logger;
  /** Used for the bot's token requests; tests count them. */
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
  /** How long a card click waits for the core before Teams gets a working card. Default 2,500 ms. */
  actionDeadlineMs?: number;
  /** Replaces the botbuilder connection, for a later SDK. */
  connection?: TeamsConnection;
  /** Previews CSV files attached in personal chats; without it, an attached CSV gets a refusal. */
  importer?: ChatFileImporter;
  /** How long one attachment's download may take. Default 30,000 ms. */
  fileDownloadTimeoutMs?: number;
}

export interface TeamsAdapter extends ProactivePoster {
  /** Handles one POST to the messaging endpoint and returns the HTTP answer. */
  handle(request: ReceivedRequest): Promise<InvokeReply>;
  /** Work still running after its request was answered. */
  readonly inFlight: number;
  /** Waits up to `timeoutMs` for that work; true when all of it finished. */
  drain(timeoutMs: number): Promise<boolean>;
}

const DEFAULT_ACTION_DEADLINE_MS = 2_500;

/** Builds the Teams bot: the botbuilder connection, the handlers and the proactive poster. */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const logger = options.logger.child({ component: 'teams' });
  const now = options.now ?? (() => new Date());
  const connection =
    options.connection ??
    createCloudConnection({
      settings: options.config,
      logger,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  const seal = createCardSeal(options.config.appPassword);
  const references = createReferenceBook({ store: options.store, logger, now });
  const work = createWorkTracker();
  const context: TeamsContext = {
    frontdesk: options.frontdesk,
    connection,
    references,
    store: options.store,
    seal,
    work,
    updates: createMessageUpdates(connection, logger),
    logger,
    now,
    actionDeadlineMs: options.actionDeadlineMs ?? DEFAULT_ACTION_DEADLINE_MS,
    approvers: createTeamsApproverPolicy(options.config.approvers),
  };
  const poster = createProactivePoster({ connection, references, seal, logger });
  const files: TeamsFileImports | null =
    options.importer === undefined
      ? null
      : {
          importer: options.importer,
          access: {
            testOrigin: options.config.fileTestOrigin,
            fetch: globalThis.fetch,
            timeoutMs: options.fileDownloadTimeoutMs ?? TEAMS_DOWNLOAD_TIMEOUT_MS,
          },
        };

  async function route(
    activity: TeamsActivity,
    reference: ConversationRef,
  ): Promise<InvokeReply | null> {
    switch (activity.type) {
      case 'message':
        await onMessage(context, activity, reference, files);
        return null;
      case 'invoke':
        if (activity.name === 'adaptiveCard/action') {
          return onCardAction(context, activity, reference);
        }
        logger.info({ name: activity.name }, 'teams invoke not handled');
        return null;
      case 'conversationUpdate':
      case 'installationUpdate':
        await onMembershipChange(context, activity, reference);
        return null;
      default:
        return null;
    }
  }

  return {
    async handle(request) {
      try {
        return await connection.receive(request, route);
      } catch (error) {
        logger.error({ err: error }, 'teams activity failed');
        return { status: 500 };
      }
    },
    postProactive: (conversationKey, replies) => poster.postProactive(conversationKey, replies),
    get inFlight() {
      return work.size;
    },
    drain: (timeoutMs) => work.drain(timeoutMs),
  };
}
