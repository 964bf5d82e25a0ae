import type { ChannelPoster } from '../../src/bot/poster.js';
import type { WebSession } from './web-session.js';

/** Posts digests and bulk job results from the worker into the playground's chat. */
export function createWebPoster(session: WebSession): ChannelPoster {
  return {
    platform: 'web',
    post(channelId, replies) {
      // NOTE: the playground has one conversation; a post for another web channel (left in the
      // store by an earlier run with another id) is dropped.
      if (channelId === session.conversation.channelId) session.record(null, replies);
      return Promise.resolve();
    },
  };
}
