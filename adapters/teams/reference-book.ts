import type { Logger } from '../../src/log.js';
import type { Store } from '../../src/store/store.js';
import { baseConversationId, teamsConversationKey } from './conversation-keys.js';
import type { ConversationRef } from './teams-connection.js';

export type StoredReference =
  { status: 'active'; reference: ConversationRef } | { status: 'stale' } | { status: 'missing' };

/** Keeps each conversation's reference in the store, where it survives restarts. */
export interface ReferenceBook {
  /** Saves where to post into the conversation `reference` came from; clears a stale mark. */
  remember(reference: ConversationRef): Promise<void>;
  forget(conversationId: string): Promise<void>;
  find(conversationKey: string): Promise<StoredReference>;
  markStale(conversationKey: string): Promise<void>;
}

/** Copies the reference without its message id, so a post starts a new message. */
export function withoutActivityId(reference: ConversationRef): ConversationRef {
  const copy = { ...reference };
  delete copy.activityId;
  return copy;
}

/**
 * Stores the channel's or chat's reference, not a thread's: proactive posts start a new
 * message in the channel, and no reply chains onto an old message.
 */
function channelReference(reference: ConversationRef): ConversationRef {
  return {
    ...withoutActivityId(reference),
    conversation: { ...reference.conversation, id: baseConversationId(reference.conversation.id) },
  };
}

export function createReferenceBook(options: {
  store: Store;
  logger: Logger;
  now: () => Date;
}): ReferenceBook {
  const { store, logger, now } = options;

  return {
    async remember(reference) {
      const key = teamsConversationKey(reference.conversation.id);
      await store.saveConversationReference(
        key,
        JSON.stringify(channelReference(reference)),
        now(),
      );
      logger.debug({ conversationKey: key }, 'conversation reference saved');
    },
    async forget(conversationId) {
      const key = teamsConversationKey(conversationId);
      await store.deleteConversationReference(key);
      logger.info({ conversationKey: key }, 'conversation reference removed');
    },
    async find(conversationKey) {
      const stored = await store.getConversationReference(conversationKey);
      if (stored === null) return { status: 'missing' };
      if (stored.staleAt !== null) return { status: 'stale' };
      return { status: 'active', reference: JSON.parse(stored.reference) as ConversationRef };
    },
    async markStale(conversationKey) {
      await store.markConversationReferenceStale(conversationKey, now());
    },
  };
}
