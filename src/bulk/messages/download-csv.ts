import { FrontdeskError } from '../../errors.js';
import { describeBytes } from '../../limits.js';

/** The reason a shared file could not be downloaded. */
export type DownloadFailure =
  'no_link' | 'blocked_origin' | 'unreachable' | 'timeout' | 'status' | 'not_file' | 'too_large';

/**
 * A shared file that could not be downloaded. The message names the failure and never contains the
 * URL, because Slack and Teams download URLs carry access to the file.
 */
export class FileDownloadError extends FrontdeskError {
  readonly reason: DownloadFailure;
  /** The HTTP status of a `status` failure, else null. */
  readonly status: number | null;

  constructor(
    reason: DownloadFailure,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super('FILE_DOWNLOAD_FAILED', message, { cause: options.cause });
    this.reason = reason;
    this.status = options.status ?? null;
  }
}

export interface DownloadOptions {
  fetch: typeof globalThis.fetch;
  /** Such as Slack's `Authorization: Bearer xoxb-…`. */
  headers?: Record<string, string>;
  /** Covers the whole download, headers and body. */
  timeoutMs: number;
  maxBytes: number;
  /**
   * False for a request that carries a credential, so a redirect is a failure instead of a
   * second request to wherever it points.
   */
  followRedirects: boolean;
}

/**
 * Downloads a shared CSV and decodes it as UTF-8. Stops reading, and throws FileDownloadError,
 * once the body passes `maxBytes` or the time passes `timeoutMs`.
 */
export async function downloadCsv(url: string, options: DownloadOptions): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);

  try {
    const response = await request(url, options, controller.signal, () => timedOut);
    const body = await readCapped(response, options.maxBytes, controller, () => timedOut);
    return body.toString('utf8');
  } finally {
    clearTimeout(timer);
  }
}

async function request(
  url: string,
  options: DownloadOptions,
  signal: AbortSignal,
  timedOut: () => boolean,
): Promise<Response> {
  let response: Response;
  try {
    response = await options.fetch(url, {
      headers: options.headers ?? {},
      redirect: options.followRedirects ? 'follow' : 'manual',
      signal,
    });
  } catch (error) {
    if (timedOut()) throw timeoutError(error);
    throw new FileDownloadError('unreachable', 'The file host could not be reached.', {
      cause: error,
    });
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    throw new FileDownloadError('status', `The file host returned HTTP ${response.status}.`, {
      status: response.status,
    });
  }
  // Slack returns its sign-in page, not an error status, to a token without files:read.
  if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
    await response.body?.cancel().catch(() => undefined);
    throw new FileDownloadError('not_file', 'The file host sent a web page instead of the file.');
  }
  return response;
}

async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
  timedOut: () => boolean,
): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    controller.abort();
    throw tooLarge(declared, maxBytes);
  }
  if (response.body === null) return Buffer.alloc(0);

  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        controller.abort();
        throw tooLarge(null, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FileDownloadError) throw error;
    if (timedOut()) throw timeoutError(error);
    throw new FileDownloadError('unreachable', 'The download broke off before the end.', {
      cause: error,
    });
  }
  return Buffer.concat(chunks);
}

function timeoutError(cause: unknown): FileDownloadError {
  return new FileDownloadError('timeout', 'The download took too long.', { cause });
}

function tooLarge(bytes: number | null, maxBytes: number): FileDownloadError {
  const size = bytes === null ? `larger than ${describeBytes(maxBytes)}` : describeBytes(bytes);
  return new FileDownloadError(
    'too_large',
    `The file is ${size}; Frontdesk imports files of up to ${describeBytes(maxBytes)}. Split it into smaller files.`,
  );
}

/** Builds the reply for a file that could not be downloaded: what failed and what to do next. */
export function downloadFailureReply(fileName: string, error: FileDownloadError): string {
  switch (error.reason) {
    case 'too_large':
      return `Could not import ${fileName}: ${error.message}`;
    case 'blocked_origin':
      return `Could not import ${fileName}: its download link is not on the file host Frontdesk trusts, so I did not fetch it. Share the file again from your computer.`;
    case 'not_file':
      return `Could not import ${fileName}: ${error.message} Ask an admin to check that Frontdesk is allowed to read shared files.`;
    default:
      return `Could not import ${fileName}: ${error.message} Share the file again in a minute.`;
  }
}
