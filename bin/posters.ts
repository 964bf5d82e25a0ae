import type { Writable } from 'node:stream';

import { createConsolePoster } from '../adapters/console/console-poster.js';
import { createSlackPoster } from '../adapters/slack/slack-poster.js';
import type { ChannelPoster } from '../src/bot/poster.js';
import type { FrontdeskConfig } from '../src/config.js';
import type { Logger } from '../src/log.js';

/** The posters this process can use: each configured platform, and the console when it runs. */
export function createPosters(
  config: FrontdeskConfig,
  logger: Logger,
  consoleOutput?: Writable,
): ChannelPoster[] {
  const posters: ChannelPoster[] = [];
  if (config.slack !== null) posters.push(createSlackPoster({ slack: config.slack, logger }));
  if (consoleOutput !== undefined) posters.push(createConsolePoster(consoleOutput));
  return posters;
}
