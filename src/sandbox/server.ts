import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { API_VERSION_PREFIX, WIRE_ERROR_CODES, errorEnvelope } from '../elevenos/contract.js';
import type { WireErrorCode, WireErrorStyle } from '../elevenos/contract.js';
import { ADMIN_PREFIX, handleAdminCall } from './admin-routes.js';
import { handleApiCall, routeNotFound } from './api-handlers.js';
import type { ApiRequest } from './api-handlers.js';
import { SandboxAuth } from './auth.js';
import { createSandboxClock } from './clock.js';
import type { SandboxClock } from './clock.js';
import { SandboxFaults } from './faults.js';
import type { FailurePlan } from './faults.js';
import { MAX_BODY_BYTES, readBodyText, writeResponse } from './http-io.js';
import type { SandboxResponse } from './http-io.js';
import { SandboxJobs } from './jobs.js';
import { SandboxOutbox } from './outbox.js';
import { RequestLog } from './request-log.js';
import { matchRoute } from './router.js';
import type { RouteMatch } from './router.js';
import { SandboxState } from './state.js';

export interface SandboxOptions {
  /** Port to listen on; a random free port when absent or 0. */
  port?: number;
  host?: string;
  /** Base clock; the sandbox clock can still be set and advanced on top of it. */
  now?: () => Date;
  /** Whether to add the demo residents. Default: true. */
  seed?: boolean;
  /** Token lifetime on the sandbox clock. Default: 3600. */
  tokenTtlSeconds?: number;
  /** Real time between accepting a bulk job and applying it. Default: 20 ms. */
  jobDelayMs?: number;
  /** Receives errors the sandbox hit while handling a call; the client got a 500 for each. */
  onError?: (error: unknown) => void;
}

/** A running sandbox and its controls for in-process tests. */
export interface Sandbox {
  /** API base URL including the version prefix, such as http://127.0.0.1:8787/v2. */
  baseUrl: string;
  /** Server origin; the admin routes are under `${origin}/_sandbox/`. */
  origin: string;
  port: number;
  state: SandboxState;
  faults: SandboxFaults;
  outbox: SandboxOutbox;
  clock: SandboxClock;
  jobs: SandboxJobs;
  requests: RequestLog;
  /** Clears residents, faults, tokens, jobs, emails and the request log; reseeds when `seed`. */
  reset(seed?: boolean): void;
  close(): Promise<void>;
}

/** Starts the ElevenOS sandbox on 127.0.0.1 (or `host`). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = createSandboxClock(options.now);
  const state = new SandboxState(clock, options.seed ?? true);
  const auth = new SandboxAuth(state.accounts, clock, options.tokenTtlSeconds ?? 3600);
  const faults = new SandboxFaults(auth);
  const outbox = new SandboxOutbox();
  const jobs = new SandboxJobs({ state, clock, outbox, delayMs: options.jobDelayMs ?? 20 });
  const requests = new RequestLog();
  const shutdown = new AbortController();

  const reset = (seed = true) => {
    state.reset(seed);
    faults.clear();
    auth.revokeAll();
    jobs.cancelPending();
    outbox.clear();
    requests.clear();
  };
  const apiContext = { state, auth, jobs, clock, errorStyle: () => faults.settings.errorStyle };
  const adminContext = { clock, faults, outbox, jobs, requests, reset };

  const pause = (ms: number) => delay(ms, undefined, { signal: shutdown.signal });

  async function respond(request: IncomingMessage): Promise<SandboxResponse> {
    const url = URL.canParse(request.url ?? '/', 'http://sandbox.invalid')
      ? new URL(request.url ?? '/', 'http://sandbox.invalid')
      : null;
    const method = request.method ?? 'GET';
    const bodyText = await readBodyText(request);
    const style = faults.settings.errorStyle;
    if (url === null) {
      return rejected(
        400,
        WIRE_ERROR_CODES.badRequest,
        'The request path is not a valid URL',
        style,
      );
    }
    if (bodyText === null) {
      const limit = MAX_BODY_BYTES.toLocaleString('en-US');
      const message = `The request body is larger than ${limit} bytes`;
      return rejected(413, WIRE_ERROR_CODES.badRequest, message, style);
    }
    if (url.pathname.startsWith(ADMIN_PREFIX)) {
      return handleAdminCall(adminContext, method, url.pathname, bodyText);
    }

    const match = url.pathname.startsWith(`${API_VERSION_PREFIX}/`)
      ? matchRoute(method, url.pathname.slice(API_VERSION_PREFIX.length))
      : null;
    return respondToApi(method, match, { authorization: request.headers.authorization, bodyText });
  }

  async function respondToApi(
    method: string,
    match: RouteMatch | null,
    request: ApiRequest,
  ): Promise<SandboxResponse> {
    const decision = faults.decide(match?.name ?? null);
    const style = faults.settings.errorStyle;
    if (decision.latencyMs > 0) {
      await pause(decision.latencyMs);
    }

    const apply = () =>
      match === null ? notFoundReply(style) : handleApiCall(apiContext, match, request);
    const reply = applyWithFailure(decision.failure, apply, style);

    // Recorded before any hang, so that a call the client gave up on is still counted.
    const faulted = decision.failure !== null;
    requests.record({ method, route: match?.name ?? null, status: reply.status, faulted });
    if (decision.hangMs > 0) {
      await pause(decision.hangMs);
    }
    return reply;
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    respond(request).then(
      (reply) => writeResponse(response, reply),
      (error: unknown) => {
        // A delay cut short by close() is expected. Anything else, such as a request body cut
        // off or a sandbox bug, is reported, and the client gets a 500 if it is still there.
        if (!shutdown.signal.aborted) {
          options.onError?.(error);
        }
        writeResponse(response, {
          status: 500,
          body: errorEnvelope(WIRE_ERROR_CODES.serverError, 'Sandbox failure'),
        });
      },
    );
  }

  const server = createServer(handle);
  // Node's parser rejects a request it cannot read (an unknown method, a broken header) before
  // `handle` runs, and its default response is a bare 400. The API sends a JSON error instead.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const body = JSON.stringify(
      errorEnvelope(
        WIRE_ERROR_CODES.badRequest,
        'The request is not valid HTTP',
        faults.settings.errorStyle,
      ),
    );
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  async function close(): Promise<void> {
    shutdown.abort();
    jobs.cancelPending();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  return {
    baseUrl: `${origin}${API_VERSION_PREFIX}`,
    origin,
    port,
    state,
    faults,
    outbox,
    clock,
    jobs,
    requests,
    reset,
    close,
  };
}

const STATUS_TEXT: Record<FailurePlan['status'], string> = {
  406: 'Not Acceptable',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

// A forced 406 or 409 carries the code ElevenOS sends with it, so the client reads it as a
// validation error or an existing resident rather than as an outage.
const FAULT_WIRE_CODES: Partial<Record<FailurePlan['status'], WireErrorCode>> = {
  406: WIRE_ERROR_CODES.validation,
  409: WIRE_ERROR_CODES.conflict,
};

// Without a failure the call is applied. With one, it is applied only when the plan sets
// `afterApply`, and the failure is returned either way.
function applyWithFailure(
  failure: FailurePlan | null,
  apply: () => SandboxResponse,
  style: WireErrorStyle,
): SandboxResponse {
  if (failure === null) {
    return apply();
  }
  if (failure.afterApply === true) {
    apply();
  }
  return failureReply(failure, style);
}

function rejected(
  status: number,
  code: WireErrorCode,
  message: string,
  style: WireErrorStyle,
): SandboxResponse {
  return { status, body: errorEnvelope(code, message, style) };
}

function notFoundReply(style: WireErrorStyle): SandboxResponse {
  const missing = routeNotFound();
  return { status: missing.status, body: errorEnvelope(missing.code, missing.message, style) };
}

function failureReply(plan: FailurePlan, style: WireErrorStyle): SandboxResponse {
  const headers: Record<string, string> =
    plan.retryAfter === undefined ? {} : { 'retry-after': plan.retryAfter };
  const title = `${plan.status} ${STATUS_TEXT[plan.status]}`;
  if (plan.body === 'html') {
    const text = `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
    return { status: plan.status, body: null, headers, raw: { contentType: 'text/html', text } };
  }
  const code = FAULT_WIRE_CODES[plan.status] ?? WIRE_ERROR_CODES.serverError;
  const body = errorEnvelope(code, plan.message ?? `${title} (sandbox fault)`, style);
  return { status: plan.status, body, headers };
}
