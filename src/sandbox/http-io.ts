import type { IncomingMessage, ServerResponse } from 'node:http';

/** A response the sandbox is about to send. */
export interface SandboxResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Sends `body` as this raw text instead of JSON, with the given content type. */
  raw?: { contentType: string; text: string };
}

/** Maximum request body, in bytes. A larger body gets a 413. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * Reads the request body as text, or returns null when it exceeds MAX_BODY_BYTES. The rest of an oversized
 * body is still read and dropped: leaving the loop early would destroy the socket, and the
 * client would see a reset instead of the 413.
 */
export async function readBodyText(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) {
      chunks.push(buffer);
    } else {
      chunks.length = 0;
    }
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8');
}

/** Parses a JSON body; `undefined` for an empty body, an Error for malformed JSON. */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return error instanceof Error ? error : new Error('invalid JSON');
  }
}

/** Writes a response unless the client has gone away. */
export function writeResponse(response: ServerResponse, reply: SandboxResponse): void {
  if (response.destroyed || response.writableEnded) {
    return;
  }
  const contentType = reply.raw?.contentType ?? 'application/json; charset=utf-8';
  const text = reply.raw?.text ?? JSON.stringify(reply.body);
  response.writeHead(reply.status, { 'content-type': contentType, ...reply.headers });
  response.end(text);
}
