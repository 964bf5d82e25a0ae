import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Logger } from '../../src/log.js';
import type { TeamsAdapter } from './teams-adapter.js';

/** The path Azure Bot's messaging endpoint points at. */
export const MESSAGES_PATH = '/api/messages';

/**
 * Real Teams activities are far smaller than this cap. It is set high so that a longer message
 * still reaches the core, whose reply names the character limit, instead of failing silently.
 */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface TeamsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

/** Reads the JSON body. Past MAX_BODY_BYTES, reading stops and BodyTooLarge is thrown. */
function readJson(request: IncomingMessage): Promise<unknown> {
  if (Number(request.headers['content-length'] ?? '0') > MAX_BODY_BYTES) {
    // The unread body is drained, so the 413 still reaches the client on this connection.
    request.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.resume();
      reject(new BodyTooLarge());
    };
    request.on('data', onData);
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) return;
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    request.on('error', reject);
  });
}

const TOO_LARGE_BODY = {
  error: `The request body is larger than ${MAX_BODY_BYTES.toLocaleString('en-US')} bytes, so it is not a Teams activity.`,
};

/**
 * Routes Teams' messaging endpoint and a health check. Any other path goes to `fallback` when
 * one is given (another platform's receiver on the same port), else gets 404.
 */
export function teamsRequestListener(
  adapter: TeamsAdapter,
  logger: Logger,
  fallback?: RequestListener,
): RequestListener {
  return (request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, body?: unknown) => {
      if (body === undefined) {
        response.writeHead(status).end();
        return;
      }
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      response.end(JSON.stringify(body));
    };

    if (path === '/health' && request.method === 'GET' && fallback === undefined) {
      send(200, { status: 'ok', inFlight: adapter.inFlight });
      return;
    }
    if (path !== MESSAGES_PATH) {
      if (fallback !== undefined) fallback(request, response);
      else send(404);
      return;
    }
    if (request.method !== 'POST') {
      send(405);
      return;
    }
    void (async () => {
      let body: unknown;
      try {
        body = await readJson(request);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          response.setHeader('connection', 'close');
          send(413, TOO_LARGE_BODY);
        } else {
          send(400, { error: 'The request body is not valid JSON.' });
        }
        return;
      }
      const authorization = request.headers.authorization;
      const reply = await adapter.handle({ authorization, body });
      send(reply.status, reply.body);
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'teams request failed');
      if (!response.headersSent) send(500);
    });
  };
}

/**
 * Returns the messaging endpoint as a route for another receiver's server, in the shape Bolt's
 * custom routes take, so Teams can share Slack's port.
 */
export function teamsMessagesRoute(adapter: TeamsAdapter, logger: Logger) {
  return {
    path: MESSAGES_PATH,
    method: ['POST'],
    handler: teamsRequestListener(adapter, logger),
  };
}

/** Serves the Teams messaging endpoint on `port` (0 for any free port). */
export async function startTeamsServer(options: {
  adapter: TeamsAdapter;
  port: number;
  logger: Logger;
  host?: string;
  fallback?: RequestListener;
}): Promise<TeamsServer> {
  const server = createServer(
    teamsRequestListener(options.adapter, options.logger, options.fallback),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
