import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Logger } from '../../src/log.js';
import type { TeamsAdapter } from './teams-adapter.js';

/** The path Azure Bot's messaging endpoint points at. */
export const MESSAGES_PATH = '/api/messages';

/** The Bot Connector's activities are small; anything far larger is not one. */
const MAX_BODY_BYTES = 1_000_000;

export interface TeamsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

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
        send(error instanceof BodyTooLarge ? 413 : 400);
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
