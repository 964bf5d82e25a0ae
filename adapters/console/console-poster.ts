import type { Writable } from 'node:stream';

import type { ChannelPoster } from '../../src/bot/poster.js';
import { renderReply } from './render.js';

/** Prints digests and job results into the console chat, between the user's lines. */
export function createConsolePoster(output: Writable): ChannelPoster {
  return {
    platform: 'console',
    post(_channelId, replies) {
      for (const reply of replies) output.write(`${renderReply(reply)}\n\n`);
      return Promise.resolve();
    },
  };
}
