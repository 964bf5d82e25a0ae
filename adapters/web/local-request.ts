import type { IncomingMessage } from 'node:http';

import { WebRequestError } from './web-errors.js';

/** The host names a browser on this machine uses for the playground. */
const LOCAL_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * Rejects a request whose Host or Origin is not this server's local address. A page on another
 * site that rebinds its DNS name to 127.0.0.1 still sends its own name as Host, and a cross-site
 * form or fetch sends its own Origin, so both are stopped here.
 */
export function checkLocalRequest(request: IncomingMessage, port: number): void {
  const allowed = LOCAL_NAMES.map((name) => `${name}:${port}`);
  const host = request.headers.host ?? '';
  if (!allowed.includes(host.toLowerCase())) {
    throw new WebRequestError(403, 'Rejected: the Host header is not this playground address.');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !allowed.some((each) => origin.toLowerCase() === `http://${each}`)) {
    throw new WebRequestError(403, 'Rejected: the request comes from another origin.');
  }
}
