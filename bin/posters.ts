import type { Writable } from 'node:stream';

import { createConsolePoster } from '../adapters/console/console-poster.js';
import { createSlackPoster } from '../adapters/slack/slack-poster.js';
import { createTeamsPoster } from '../adapters/teams/teams-poster.js';
import type { ChannelPoster } from '../src/bot/poster.js';
import type { FrontdeskConfig } from '../src/config.js';
import type { Logger } from '../src/log.js';
import type { Store } from '../src/store/store.js';

/**
 * Creates the posters this process can use: one per configured platform, and the console's when
 * it runs. The Teams poster reads the conversation references in `store`.
 */
export function createPosters(
  config: FrontdeskConfig,
  logger: Logger,
  options: { store: Store; consoleOutput?: Writable },
): ChannelPoster[] {
  const posters: ChannelPoster[] = [];
  if (config.slack !== null) posters.push(createSlackPoster({ slack: config.slack, logger }));
  if (config.teams !== null) {
    posters.push(createTeamsPoster({ teams: config.teams, store: options.store, logger }));
  }
  if (options.consoleOutput !== undefined) {
    posters.push(createConsolePoster(options.consoleOutput));
  }
  return posters;
}
