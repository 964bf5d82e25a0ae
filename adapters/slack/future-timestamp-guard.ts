import type { IncomingMessage, ServerResponse } from 'node:http';

import type { HTTPReceiver } from '@slack/bolt';

import type { Logger } from '../../src/log.js';

/** How far ahead of this machine's clock a request's timestamp may be: Bolt's five minutes. */
const MAX_SKEW_SECONDS = 5 * 60;

/**
 * Rejects requests whose x-slack-request-timestamp is more than five minutes ahead. Bolt 5.1's
 * verifySlackRequest rejects only timestamps more than five minutes behind, so without this a
 * request signed for a later time would be accepted until then.
 */
export function rejectFutureTimestamps(
  receiver: HTTPReceiver,
  logger: Logger,
  now: () => number = Date.now,
): void {
  // NOTE: this relies on HTTPReceiver reading its public `requestListener` property on each
  // request, as Bolt 5.1 does. A Bolt that captures the listener at construction skips the check.
  const listener = receiver.requestListener;
  receiver.requestListener = (request: IncomingMessage, response: ServerResponse) => {
    const header = request.headers['x-slack-request-timestamp'];
    const timestamp = typeof header === 'string' ? Number(header) : Number.NaN;
    if (Number.isFinite(timestamp) && timestamp > Math.floor(now() / 1000) + MAX_SKEW_SECONDS) {
      logger.warn({ timestamp }, 'slack request rejected: timestamp too far ahead');
      response.writeHead(401);
      response.end();
      return;
    }
    listener(request, response);
  };
}
