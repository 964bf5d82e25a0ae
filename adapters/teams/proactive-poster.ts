import type { ProactivePoster, ProactiveResult } from '../../src/bot/proactive.js';
import type { Logger } from '../../src/log.js';
import type { CardSeal } from './cards/card-seal.js';
import type { ReferenceBook } from './reference-book.js';
import { replyActivity } from './reply-activity.js';
import type { TeamsConnection } from './teams-connection.js';
import { TeamsDeliveryError } from './teams-errors.js';

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
}): ProactivePoster {
  const { connection, references, seal, logger } = options;

  return {
    async postProactive(conversationKey, replies): Promise<ProactiveResult> {
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
      for (const reply of replies) {
        try {
          const id = await connection.send(stored.reference, replyActivity(reply, seal));
          if (id !== null) messageIds.push(id);
        } catch (error) {
          if (error instanceof TeamsDeliveryError && error.refused) {
            await references.markStale(conversationKey);
            logger.warn(
              { conversationKey, status: error.status },
              'proactive post refused; conversation reference marked stale',
            );
            return { status: 'failed', reason: 'refused', messageIds };
          }
          logger.error({ conversationKey, err: error }, 'proactive post failed');
          return { status: 'failed', reason: 'error', messageIds };
        }
      }
      logger.info({ conversationKey, messages: messageIds.length }, 'proactive post sent');
      return { status: 'sent', messageIds };
    },
  };
}
