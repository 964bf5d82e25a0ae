import { webApi } from '@slack/bolt';

import type { ChannelPoster } from '../../src/bot/poster.js';
import type { SlackSettings } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import { renderReply } from './block-kit/card-blocks.js';
import { createChannelPacer } from './channel-pacer.js';
import { createSlackMessenger } from './slack-messenger.js';

/**
 * Posts digests and job results to Slack channels from any process, the worker included, with
 * the same Block Kit rendering and per-channel pacing as replies to commands. A message's
 * reference is its ts; file replies are uploaded and have none.
 */
export function createSlackPoster(options: {
  slack: SlackSettings;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
  paceIntervalMs?: number;
}): ChannelPoster {
  const { slack, logger } = options;
  const client = new webApi.WebClient(slack.botToken, {
    ...(slack.apiUrl === undefined ? {} : { slackApiUrl: slack.apiUrl }),
  });
  const messenger = createSlackMessenger({
    client,
    fetch: options.fetch ?? globalThis.fetch,
    pacer: createChannelPacer({
      intervalMs: options.paceIntervalMs ?? 1_000,
      maxRateLimitRetries: 3,
      logger,
    }),
  });

  return {
    platform: 'slack',
    async post(channelId, replies) {
      const refs: (string | null)[] = [];
      for (const reply of replies) {
        if (reply.kind === 'file') {
          await messenger.upload(channelId, reply.file);
          refs.push(null);
        } else {
          refs.push(await messenger.post(channelId, renderReply(reply)));
        }
      }
      return refs;
    },
    async update(channelId, ts, reply) {
      // A file cannot replace a message, so the caller's edit is a mistake to surface.
      if (reply.kind === 'file') throw new Error('A Slack message cannot be replaced by a file');
      await messenger.update(channelId, ts, renderReply(reply));
    },
  };
}
