import { sendJson, startLocalServer } from './http-server.js';

export interface ConnectorCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The message replied to (POST) or replaced (PUT), if any. */
  activityId: string | null;
  activity: Record<string, unknown>;
  authorized: boolean;
  at: number;
}

export interface FakeConnector {
  /** The service URL to put in activities. */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** Answers the next requests with these statuses (and Retry-After seconds) before succeeding. */
  failNext(...failures: { status: number; retryAfterSeconds?: number }[]): void;
  /** Answers every request to this conversation with `status` from now on. */
  refuseConversation(conversationId: string, status: number): void;
  /** Waits until `count` calls of `method` were recorded. */
  waitFor(method: 'POST' | 'PUT', count: number, timeoutMs?: number): Promise<ConnectorCall[]>;
  close(): Promise<void>;
}

const ACTIVITIES = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/**
 * Teams' Bot Connector on 127.0.0.1: records posted and replaced messages and accepts only
 * tokens that `isIssuedToken` recognises.
 */
export async function startFakeConnector(
  isIssuedToken: (token: string) => boolean,
): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const failures: { status: number; retryAfterSeconds?: number }[] = [];
  const refused = new Map<string, number>();
  let nextId = 1;

  const server = await startLocalServer((request, response, body) => {
    const match = ACTIVITIES.exec((request.url ?? '').split('?')[0] ?? '');
    const method = request.method;
    if (match === null || (method !== 'POST' && method !== 'PUT')) {
      sendJson(response, 404, { error: { code: 'NotFound' } });
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    const authorized = isIssuedToken(token);
    calls.push({
      method,
      conversationId,
      activityId: match[2] === undefined ? null : decodeURIComponent(match[2]),
      activity: JSON.parse(body || '{}') as Record<string, unknown>,
      authorized,
      at: Date.now(),
    });
    if (!authorized) {
      sendJson(response, 401, { message: 'Authorization has been denied for this request.' });
      return;
    }
    const refusal = refused.get(conversationId);
    if (refusal !== undefined) {
      sendJson(response, refusal, { error: { code: 'BotNotInConversationRoster' } });
      return;
    }
    const failure = failures.shift();
    if (failure !== undefined) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (failure.retryAfterSeconds !== undefined) {
        headers['retry-after'] = String(failure.retryAfterSeconds);
      }
      response.writeHead(failure.status, headers);
      response.end(JSON.stringify({ error: { code: 'Throttled' } }));
      return;
    }
    sendJson(response, method === 'POST' ? 201 : 200, { id: `msg-${nextId++}` });
  });

  return {
    serviceUrl: `${server.url}/`,
    calls,
    failNext: (...next) => failures.push(...next),
    refuseConversation: (conversationId, status) => refused.set(conversationId, status),
    async waitFor(method, count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const matching = calls.filter((call) => call.method === method);
        if (matching.length >= count) return matching;
        if (Date.now() > deadline) {
          throw new Error(`Expected ${count} ${method} calls, got ${matching.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => server.close(),
  };
}
