import type { IncomingMessage } from 'node:http';

import { WebRequestError } from './web-errors.js';

/**
 * Reads a request body as text, rejecting it with 413 as soon as it passes `maxBytes`. The 413
 * carries `tooLargeMessage` when given, so a route can name the limit its users know.
 */
export function readBody(
  request: IncomingMessage,
  maxBytes: number,
  tooLargeMessage?: string,
): Promise<string> {
  const tooLarge = () =>
    new WebRequestError(
      413,
      tooLargeMessage ?? `The request body is larger than ${maxBytes} bytes.`,
    );
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > maxBytes) {
    // The unread body is thrown away, so the 413 can still be written on this connection.
    request.resume();
    return Promise.reject(tooLarge());
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData);
      request.resume();
      reject(tooLarge());
    };
    request.on('data', onData);
    request.on('end', () => {
      if (size <= maxBytes) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

/** Reads a JSON object body sent with `content-type: application/json`. */
export async function readJsonBody(
  request: IncomingMessage,
  maxBytes: number,
  tooLargeMessage?: string,
): Promise<Record<string, unknown>> {
  // A cross-site HTML form cannot send this type, which keeps blind form posts out.
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new WebRequestError(415, 'Send the request body as application/json.');
  }
  const raw = await readBody(request, maxBytes, tooLargeMessage);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new WebRequestError(400, 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new WebRequestError(400, 'The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
