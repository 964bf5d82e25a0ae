import { AuthorizationError, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';

import type { Logger } from '../../src/log.js';

/**
 * Builds the HTTP receiver's handler for errors Bolt throws before any listener acks. Frontdesk's
 * listeners ack first, so such an error comes from Bolt reading a signed payload that lacks a
 * field it expects (a block_actions payload with no `user`, say). Such a payload gets a 400, not a 500.
 * After an ack the response has left, and the error is only logged.
 */
export function createPayloadErrorHandler(logger: Logger) {
  return (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    const { error, response } = args;
    if (response.headersSent) {
      logger.error({ err: error }, 'slack listener failed after its ack');
      return Promise.resolve(false);
    }
    if (error instanceof AuthorizationError) {
      response.writeHead(401).end();
      return Promise.resolve(true);
    }
    logger.warn({ err: error }, 'slack payload rejected: Bolt could not read it');
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'The payload is missing fields Slack always sends.' }));
    return Promise.resolve(true);
  };
}
