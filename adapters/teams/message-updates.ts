import type { Logger } from '../../src/log.js';
import type { ConversationRef, OutgoingActivity, TeamsConnection } from './teams-connection.js';

/** Replaces posted messages one update at a time per message, so a late update never loses. */
export interface MessageUpdates {
  /** Queues the replacement; resolves once it was sent or its failure was logged. */
  replace(reference: ConversationRef, messageId: string, activity: OutgoingActivity): Promise<void>;
}

export function createMessageUpdates(connection: TeamsConnection, logger: Logger): MessageUpdates {
  const tails = new Map<string, Promise<void>>();

  return {
    replace(reference, messageId, activity) {
      const previous = tails.get(messageId) ?? Promise.resolve();
      const next = previous
        .then(() => connection.update(reference, messageId, activity))
        .catch((error: unknown) => {
          logger.warn({ err: error, messageId }, 'teams card update failed');
        });
      tails.set(messageId, next);
      void next.then(() => {
        if (tails.get(messageId) === next) tails.delete(messageId);
      });
      return next;
    },
  };
}
