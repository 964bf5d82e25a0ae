import type { ChannelPoster } from '../../src/bot/poster.js';
import { conversationKey } from '../../src/bot/replies.js';
import type { TeamsSettings } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/store/store.js';
import { createCloudConnection } from './bot-framework/cloud-connection.js';
import { createCardSeal } from './cards/card-seal.js';
import { createProactivePoster } from './proactive-poster.js';
import { createReferenceBook } from './reference-book.js';
import { TeamsPostError } from './teams-errors.js';

/**
 * Posts digests and job results to Teams from any process, the worker included, through the
 * conversation references the bot stored, and edits them by activity id. A post that cannot be delivered raises
 * TeamsPostError, so the caller can report it and go on with other conversations.
 */
export function createTeamsPoster(options: {
  teams: TeamsSettings;
  store: Store;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
  now?: () => Date;
}): ChannelPoster {
  const logger = options.logger.child({ component: 'teams-poster' });
  const connection = createCloudConnection({
    settings: options.teams,
    logger,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const poster = createProactivePoster({
    connection,
    references: createReferenceBook({
      store: options.store,
      logger,
      now: options.now ?? (() => new Date()),
    }),
    seal: createCardSeal(options.teams.appPassword),
    logger,
  });

  return {
    platform: 'teams',
    async post(channelId, replies) {
      const key = conversationKey({ platform: 'teams', channelId });
      const result = await poster.postProactive(key, replies);
      if (result.status !== 'sent') throw new TeamsPostError(key, result.reason);
      return result.replyIds ?? replies.map(() => null);
    },
    async update(channelId, messageId, reply) {
      const key = conversationKey({ platform: 'teams', channelId });
      await poster.updateProactive(key, messageId, reply);
    },
  };
}
