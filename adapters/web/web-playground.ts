import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ChannelPoster } from '../../src/bot/poster.js';
import type { FrontdeskConfig } from '../../src/config.js';
import type { Logger } from '../../src/log.js';
import type { Runtime } from '../../src/runtime.js';
import { loadPageFiles } from './static-files.js';
import { createUploadImporter } from '../../src/bulk/messages/upload-import.js';
import { createWebPoster } from './web-poster.js';
import { createWebRoutes } from './web-routes.js';
import { createWebSession, type WebSession } from './web-session.js';

export interface WebPlaygroundOptions {
  runtime: Runtime;
  config: Pick<FrontdeskConfig, 'defaultSite' | 'dayFirstSites' | 'proposalTtlMs'>;
  logger: Logger;
  /** 0 picks a free port. */
  port: number;
  /** Listen address; 127.0.0.1 by default because the playground is a local tool. */
  host?: string;
  now?: () => Date;
}

export interface WebPlayground {
  /** Such as http://127.0.0.1:3000/ */
  url: string;
  session: WebSession;
  /** Posts worker output (digests, bulk results) into the playground's chat. */
  poster: ChannelPoster;
  close(): Promise<void>;
}

/**
 * Serves the web playground: a chat page, as one local user, on the same core as the console.
 * Rejects with the listen error (such as EADDRINUSE) when the port cannot be bound.
 */
export async function startWebPlayground(options: WebPlaygroundOptions): Promise<WebPlayground> {
  const { runtime, config } = options;
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger.child({ component: 'web' });
  const session = createWebSession({ frontdesk: runtime.frontdesk, logger });
  let port = options.port;
  const handler = createWebRoutes({
    session,
    runtime,
    importUpload: createUploadImporter({
      runtime,
      logger,
      dayFirstSites: config.dayFirstSites,
      previewTtlMs: config.proposalTtlMs,
      now: options.now ?? (() => new Date()),
    }),
    pageFiles: await loadPageFiles(),
    defaultSite: config.defaultSite,
    logger,
    port: () => port,
  });
  const server = createServer(handler);
  // A slow or stalled client may not hold a connection for long on this single-user server.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
  logger.info({ port }, 'web playground listening');

  return {
    url,
    session,
    poster: createWebPoster(session),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        server.closeAllConnections();
      }),
  };
}
