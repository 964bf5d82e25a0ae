import ky, { HTTPError, TimeoutError } from 'ky';
import type { BeforeErrorHook, KyInstance } from 'ky';
import { ElevenOsError } from './errors.js';
import { errorFromResponse, parseJsonObject } from './response-errors.js';
import type { CallSite } from './response-errors.js';
import { BodyTimeoutError, readBodyWithin } from './read-body.js';
import { parseRetryAfter } from './retry-policy.js';

/** One finished HTTP attempt, for logging and metrics. It contains no resident data. */
export interface ElevenOsCallEvent {
  method: string;
  pathTemplate: string;
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  durationMs: number;
}

export interface TransportOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof globalThis.fetch;
  /** Observers of HTTP errors, such as a logger. Each gets a clone of the response. */
  beforeError?: BeforeErrorHook[];
  onCall?: (event: ElevenOsCallEvent) => void;
  now: () => number;
}

export interface AttemptRequest extends CallSite {
  path: string;
  authorization: string;
  json?: unknown;
}

export type AttemptResult =
  { ok: true; status: number; body: unknown } | { ok: false; error: ElevenOsError };

/** Sends single attempts through ky; retries are decided by the caller. */
export interface HttpTransport {
  send(request: AttemptRequest): Promise<AttemptResult>;
}

// Errors from the socket layer that mean the request never reached the server.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

export function createHttpTransport(options: TransportOptions): HttpTransport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  // ky 1.14 retries GET and PUT by default but never POST, and never after a timeout unless
  // `retryOnTimeout` is set. Its retry delay runs on its own timer, which tests cannot replace,
  // and nothing bounds the total time. So ky makes one attempt per call here, and the client's
  // retry loop decides the rest.
  const api: KyInstance = ky.create({
    timeout: options.timeoutMs,
    retry: 0,
    throwHttpErrors: true,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    hooks: { beforeError: (options.beforeError ?? []).map(observeOnly) },
  });

  async function send(request: AttemptRequest): Promise<AttemptResult> {
    const startedAt = performance.now();
    const bodyAbort = new AbortController();
    const readBody = (response: Response) => readBodyWithin(response, options.timeoutMs, bodyAbort);
    let status: number | null = null;
    try {
      const response = await api(`${baseUrl}${request.path}`, {
        method: request.method,
        headers: { authorization: request.authorization, accept: 'application/json' },
        signal: bodyAbort.signal,
        ...(request.json === undefined ? {} : { json: request.json }),
      });
      status = response.status;
      return successResult(response.status, await readBody(response), request);
    } catch (error) {
      if (error instanceof HTTPError) {
        status = error.response.status;
        const bodyText = await readBody(error.response).catch(() => '');
        return { ok: false, error: errorFromHttp(error.response, bodyText, request, options.now) };
      }
      return { ok: false, error: networkError(error, request, baseUrl, options.timeoutMs) };
    } finally {
      options.onCall?.({
        method: request.method,
        pathTemplate: request.pathTemplate,
        status,
        durationMs: Math.round(performance.now() - startedAt),
      });
    }
  }

  return { send };
}

// The client owns the one read of each error body. Observers get a clone, so a logging hook
// that reads the body cannot consume it, and a hook that throws cannot change the result.
function observeOnly(hook: BeforeErrorHook): BeforeErrorHook {
  return async (error, state) => {
    try {
      await hook(new HTTPError(error.response.clone(), error.request, error.options), state);
    } catch {
      // Observers only watch; the call's own error is returned below either way.
    }
    return error;
  };
}

function successResult(status: number, text: string, call: CallSite): AttemptResult {
  const body = parseJsonObject(text);
  if (body !== undefined) {
    return { ok: true, status, body };
  }
  const message = `ElevenOS returned ${status} with a body that is not a JSON object for ${call.method} ${call.pathTemplate}`;
  const error = new ElevenOsError(message, {
    code: 'ELEVENOS_UNEXPECTED_RESPONSE',
    status,
    method: call.method,
    pathTemplate: call.pathTemplate,
    outcome: call.isWrite ? 'unknown' : 'not_applied',
  });
  return { ok: false, error };
}

// A body cut off or stalled mid-stream arrives as an empty `bodyText`; the status still counts.
function errorFromHttp(
  response: Response,
  bodyText: string,
  call: CallSite,
  now: () => number,
): ElevenOsError {
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
  return errorFromResponse({ status: response.status, bodyText, retryAfterMs }, call);
}

function networkError(
  error: unknown,
  call: CallSite,
  baseUrl: string,
  timeoutMs: number,
): ElevenOsError {
  const route = `${call.method} ${call.pathTemplate}`;
  const base = { status: null, method: call.method, pathTemplate: call.pathTemplate, cause: error };
  if (error instanceof TimeoutError || error instanceof BodyTimeoutError) {
    const message = `ElevenOS API request timed out after ${timeoutMs} ms for ${route}`;
    const outcome = call.isWrite ? 'unknown' : 'not_applied';
    return new ElevenOsError(message, { ...base, code: 'ELEVENOS_TIMEOUT', outcome });
  }
  const socketCode = findSocketCode(error);
  if (socketCode !== null && NOT_SENT_CODES.has(socketCode)) {
    const origin = new URL(baseUrl).origin;
    const message = `Could not reach the ElevenOS API at ${origin} (${socketCode}) for ${route}; check the base URL and the network`;
    return new ElevenOsError(message, {
      ...base,
      code: 'ELEVENOS_UNREACHABLE',
      outcome: 'not_applied',
    });
  }
  const name = (error as { name?: unknown } | null)?.name;
  const reason = socketCode ?? (typeof name === 'string' ? name : 'unknown error');
  const message = `The connection to the ElevenOS API failed before a response arrived (${reason}) for ${route}`;
  const outcome = call.isWrite ? 'unknown' : 'not_applied';
  return new ElevenOsError(message, { ...base, code: 'ELEVENOS_UNAVAILABLE', outcome });
}

// Node's fetch wraps socket errors: TypeError('fetch failed') with the system error as `cause`,
// sometimes an AggregateError when several addresses were tried. Errors are read by shape, not
// by `instanceof`, because they may come from another realm, such as a test sandbox.
function findSocketCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, cause, errors } = current as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string') {
      return code;
    }
    current = Array.isArray(errors) && errors.length > 0 ? (errors[0] as unknown) : cause;
  }
  return null;
}
