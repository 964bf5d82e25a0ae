import type { ChannelPoster } from '../../src/bot/poster.js';
import type { FrontdeskConfig } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Runtime } from '../../src/runtime.js';
import { startWebPlayground } from './web-playground.js';

export interface ConsolePlayground {
  /** A line for the console banner: the address, or why there is none. */
  banner: string;
  posters: ChannelPoster[];
  close(): Promise<void>;
}

/**
 * Checks whether the playground may run. It acts as one local user who may confirm anything, so
 * it is not served beside Slack approvers on a real ElevenOS account. In sandbox mode it is,
 * because nothing real can change there.
 */
export function playgroundAllowed(config: Pick<FrontdeskConfig, 'slack' | 'elevenOs'>): boolean {
  const approvers =
    config.slack !== null &&
    (config.slack.approvers.length > 0 || config.slack.approverGroup !== undefined);
  return !approvers || config.elevenOs === null;
}

/**
 * Starts the playground next to the console on 127.0.0.1:PORT. A busy port is reported in the
 * banner and the console runs without the playground.
 */
export async function startPlaygroundBesideConsole(options: {
  runtime: Runtime;
  config: FrontdeskConfig;
  logger: Logger;
}): Promise<ConsolePlayground> {
  const { config } = options;
  const none = { posters: [], close: () => Promise.resolve() };
  if (!playgroundAllowed(config)) {
    return {
      ...none,
      banner: 'The web playground is off: Slack approvers are set on a real ElevenOS account.',
    };
  }
  try {
    const playground = await startWebPlayground({ ...options, port: config.port });
    return {
      banner: `Web playground: ${playground.url}`,
      posters: [playground.poster],
      close: () => playground.close(),
    };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw error;
    options.logger.info({ port: config.port, code }, 'web playground not started');
    return {
      ...none,
      banner: `The web playground did not start: port ${config.port} on 127.0.0.1 is ${code === 'EADDRINUSE' ? 'in use' : 'not allowed'}. Set PORT to a free port to use it.`,
    };
  }
}
