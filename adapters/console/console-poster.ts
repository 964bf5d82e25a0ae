import type { Writable } from 'node:stream';

import type { ChannelPoster } from '../../src/bot/poster.js';
import { saveFileReplies } from './file-replies.js';
import { renderReply } from './render.js';

/**
 * Prints digests and job results into the console chat, between the user's lines. A terminal
 * cannot change printed lines, so an edit prints the message's new state, and a file is written
 * to disk and printed as its path.
 */
export function createConsolePoster(output: Writable, filesDirectory?: string): ChannelPoster {
  let posted = 0;

  return {
    platform: 'console',
    async post(_channelId, replies) {
      const refs: (string | null)[] = [];
      for (const reply of replies) {
        const [printed] = await saveFileReplies([reply], filesDirectory);
        output.write(`${renderReply(printed!)}\n\n`);
        posted += 1;
        refs.push(reply.kind === 'file' ? null : `console-${posted}`);
      }
      return refs;
    },
    async update(_channelId, _ref, reply) {
      const printed = await saveFileReplies([reply], filesDirectory);
      for (const line of printed) output.write(`${renderReply(line)}\n\n`);
    },
  };
}
