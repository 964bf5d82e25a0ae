import type { ProactivePoster, ProactiveResult } from '../../src/bot/proactive.js';
import type { Reply } from '../../src/bot/replies.js';
import type { Logger } from '../../src/log.js';
import type { CardSeal } from './cards/card-seal.js';
import type { ReferenceBook } from './reference-book.js';
import { replyActivity } from './reply-activity.js';
import type { TeamsConnection } from './teams-connection.js';
import { TeamsDeliveryError, TeamsPostError } from './teams-errors.js';

/**
 * A proactive post's result. When anything was sent, `replyIds` contains the id of each sent reply's
 * message in reply order (null where Teams returned none).
 */
export type TeamsPostResult = ProactiveResult & { replyIds?: (string | null)[] };

/** Posts into stored Teams conversations and replaces messages posted there. */
export interface TeamsProactivePoster extends ProactivePoster {
  postProactive(conversationKey: string, replies: Reply[]): Promise<TeamsPostResult>;
  /**
   * Replaces a message the bot posted in a stored conversation. Throws TeamsPostError when no
   * usable reference is stored, and TeamsDeliveryError when the Bot Connector fails.
   */
  updateProactive(conversationKey: string, messageId: string, reply: Reply): Promise<void>;
}

/**
 * Posts replies into a stored Teams conversation with no user message first. A conversation
 * with no reference is skipped with a warning; one that Teams refused (403, 404) is marked stale
 * and skipped until someone talks to the bot there again.
 */
export function createProactivePoster(options: {
  connection: TeamsConnection;
  references: ReferenceBook;
  seal: CardSeal;
  logger: Logger;
}): TeamsProactivePoster {
  const { connection, references, seal, logger } = options;

  return {
    async postProactive(conversationKey, replies): Promise<TeamsPostResult> {
      const stored = await references.find(conversationKey);
      if (stored.status === 'missing') {
        logger.warn({ conversationKey }, 'proactive post skipped: no conversation reference');
        return { status: 'skipped', reason: 'no_reference' };
      }
      if (stored.status === 'stale') {
        logger.info({ conversationKey }, 'proactive post skipped: reference is stale');
        return { status: 'skipped', reason: 'stale' };
      }

      const messageIds: string[] = [];
      const replyIds: (string | null)[] = [];
      for (const reply of replies) {
        try {
          const id = await connection.send(stored.reference, replyActivity(reply, seal));
          replyIds.push(id);
          if (id !== null) messageIds.push(id);
        } catch (error) {
          if (error instanceof TeamsDeliveryError && error.refused) {
            await references.markStale(conversationKey);
            logger.warn(
              { conversationKey, status: error.status },
              'proactive post refused; conversation reference marked stale',
            );
            return { status: 'failed', reason: 'refused', messageIds, replyIds };
          }
          logger.error({ conversationKey, err: error }, 'proactive post failed');
          return { status: 'failed', reason: 'error', messageIds, replyIds };
        }
      }
      logger.info({ conversationKey, messages: messageIds.length }, 'proactive post sent');
      return { status: 'sent', messageIds, replyIds };
    },

    async updateProactive(conversationKey, messageId, reply) {
      const stored = await references.find(conversationKey);
      if (stored.status !== 'active') {
        throw new TeamsPostError(
          conversationKey,
          stored.status === 'missing' ? 'no_reference' : 'stale',
        );
      }
      await connection.update(stored.reference, messageId, replyActivity(reply, seal));
    },
  };
}
