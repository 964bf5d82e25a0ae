import type { ChannelPoster } from '../../src/bot/poster.js';
import { linkFileReplies } from './file-links.js';
import type { WebSession } from './web-session.js';

/**
 * Posts digests and bulk job results from the worker into the playground's chat. A message's
 * reference is its transcript entry id, and an edit replaces that entry in place.
 */
export function createWebPoster(session: WebSession): ChannelPoster {
  return {
    platform: 'web',
    async post(channelId, replies) {
      // NOTE: the playground has one conversation; a post for another web channel (left in the
      // store by an earlier run with another id) is dropped.
      if (channelId !== session.conversation.channelId) return replies.map(() => null);
      const ids = session.record(null, await linkFileReplies(replies));
      return replies.map((reply, index) =>
        reply.kind === 'file' ? null : String(ids[index] ?? ''),
      );
    },
    update(channelId, ref, reply) {
      if (channelId !== session.conversation.channelId) return Promise.resolve();
      if (reply.kind === 'file' || !session.replace(Number(ref), reply)) {
        return Promise.reject(new Error(`Playground entry ${ref} cannot be replaced`));
      }
      return Promise.resolve();
    },
  };
}
