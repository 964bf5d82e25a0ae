import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the fake received: a Web API method, or a post to a response_url. */
export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  /** The fake's reply, or null for a 429 or a response_url post. */
  response: Record<string, unknown> | null;
  at: number;
}

export interface FakeSlackApi {
  /** Web API base URL, ending in a slash, for `SLACK_API_URL`. */
  apiUrl: string;
  /** A response_url on the fake; posts to it are recorded as method "response_url". */
  responseUrl(name: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Makes the next `count` calls of `method` fail with 429 and this Retry-After. */
  rateLimit(method: string, count: number, retryAfterSeconds: number): void;
  /** Makes the next `count` calls of `method` return `{ ok: false, error }`. */
  failWith(method: string, count: number, error: string): void;
  /** Members returned by usergroups.users.list. */
  groupMembers: Map<string, string[]>;
  /** Channels returned by users.conversations, per user. */
  userChannels: Map<string, string[]>;
  /**
   * Answers requests whose path starts with `pathPrefix` with `handler` instead of the Web API,
   * for endpoints outside /api/ such as file downloads and upload URLs. The request's raw body is
   * passed as a Buffer. Such requests are recorded with method `raw:<path>`.
   */
  serve(pathPrefix: string, handler: RawHandler): void;
  /** Base URL of the fake (no trailing slash), for building such paths. */
  baseUrl: string;
  /** Resolves once `method` has been called `count` times, or rejects after `timeoutMs`. */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

export type RawHandler = (
  request: IncomingMessage,
  body: Buffer,
) => { status: number; headers?: Record<string, string>; body: string | Buffer };

export const FAKE_BOT_USER_ID = 'UFAKEBOT01';

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function parseBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (text === '') return {};
  if (contentType?.includes('application/json') === true) {
    return JSON.parse(text) as Record<string, unknown>;
  }
  // The WebClient sends form bodies with JSON-encoded values for blocks and views.
  const values: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    try {
      values[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } catch {
      values[key] = value;
    }
  }
  return values;
}

let viewCounter = 0;
let tsCounter = 0;

function answer(method: string, body: Record<string, unknown>, fake: FakeSlackApi): unknown {
  switch (method) {
    case 'auth.test':
      return { ok: true, user_id: FAKE_BOT_USER_ID, bot_id: 'BFAKEBOT01', team_id: 'TFAKE0001' };
    case 'chat.postMessage':
      tsCounter += 1;
      return {
        ok: true,
        channel: body.channel,
        ts: `1700000000.${String(tsCounter).padStart(6, '0')}`,
      };
    case 'chat.update':
      return { ok: true, channel: body.channel, ts: body.ts };
    case 'chat.postEphemeral':
      return { ok: true, message_ts: '1700000000.999999' };
    case 'views.open':
    case 'views.update':
    case 'views.publish': {
      viewCounter += 1;
      const id = typeof body.view_id === 'string' ? body.view_id : `VFAKE${viewCounter}`;
      return { ok: true, view: { id, hash: `hash-${viewCounter}` } };
    }
    case 'usergroups.users.list':
      return { ok: true, users: fake.groupMembers.get(String(body.usergroup)) ?? [] };
    case 'users.conversations':
      return {
        ok: true,
        channels: (fake.userChannels.get(String(body.user)) ?? []).map((id) => ({ id })),
        response_metadata: { next_cursor: '' },
      };
    case 'users.info':
      return { ok: true, user: { id: body.user, name: 'staff' } };
    case 'apps.connections.open':
      return { ok: false, error: 'not_allowed_token_type' };
    default:
      return { ok: false, error: 'unknown_method' };
  }
}

/** Starts a Slack Web API stand-in on 127.0.0.1 that records every call it receives. */
export async function startFakeSlackApi(
  overrides: Record<string, (body: Record<string, unknown>) => unknown> = {},
): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const rateLimits = new Map<string, { count: number; seconds: number }>();
  const failures = new Map<string, { count: number; error: string }>();
  const rawRoutes = new Map<string, RawHandler>();

  const fake: FakeSlackApi = {
    apiUrl: '',
    responseUrl: (name) => `${fake.apiUrl.replace(/api\/$/, '')}response/${name}`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    rateLimit: (method, count, seconds) => rateLimits.set(method, { count, seconds }),
    failWith: (method, count, error) => failures.set(method, { count, error }),
    groupMembers: new Map(),
    userChannels: new Map(),
    serve: (pathPrefix, handler) => rawRoutes.set(pathPrefix, handler),
    baseUrl: '',
    waitFor(method, count = 1, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          const matching = fake.callsTo(method);
          if (matching.length >= count) return resolve(matching);
          if (Date.now() - started > timeoutMs) {
            return reject(new Error(`${method} was called ${matching.length} of ${count} times`));
          }
          setTimeout(check, 20);
        };
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const raw = await readBody(request);
      const text = raw.toString('utf8');
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const route = [...rawRoutes].find(([prefix]) => url.pathname.startsWith(prefix));
      if (route !== undefined) {
        calls.push({ method: `raw:${url.pathname}`, body: {}, response: null, at: Date.now() });
        const answered = route[1](request, raw);
        response.writeHead(answered.status, answered.headers ?? {});
        response.end(answered.body);
        return;
      }
      const isResponseUrl = url.pathname.startsWith('/response/');
      const method = isResponseUrl ? 'response_url' : url.pathname.replace(/^\/api\//, '');
      const body = parseBody(text, request.headers['content-type']);
      const call: RecordedCall = {
        method,
        body: isResponseUrl ? { ...body, url: url.pathname } : body,
        response: null,
        at: Date.now(),
      };
      calls.push(call);

      const limit = rateLimits.get(method);
      if (limit !== undefined && limit.count > 0) {
        limit.count -= 1;
        response.writeHead(429, { 'retry-after': String(limit.seconds) });
        response.end('');
        return;
      }
      if (isResponseUrl) {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('ok');
        return;
      }
      const failure = failures.get(method);
      const result =
        failure !== undefined && failure.count > 0
          ? (() => {
              failure.count -= 1;
              return { ok: false, error: failure.error };
            })()
          : (overrides[method]?.(body) ?? answer(method, body, fake));
      call.response = result as Record<string, unknown>;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.apiUrl = `http://127.0.0.1:${port}/api/`;
  fake.baseUrl = `http://127.0.0.1:${port}`;
  return fake;
}
