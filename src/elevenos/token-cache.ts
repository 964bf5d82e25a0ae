import { ROUTES, passwordAuthorization, readTokenResponse } from './contract.js';
import { ElevenOsError } from './errors.js';
import type { HttpTransport } from './http-transport.js';
import { retryRead } from './read-retry.js';
import type { RetryBudget } from './retry-policy.js';

export interface TokenCacheOptions {
  transport: HttpTransport;
  email: string;
  password: string;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  newBudget: () => RetryBudget;
}

/** The current access token, kept in memory only. */
export interface TokenCache {
  /** Returns the cached token, or requests one; concurrent callers share one request. */
  get(): Promise<string>;
  /** Requests a new token now and caches it. */
  refresh(): Promise<string>;
  /** Drops `token` if it is still the cached one, so the next `get` requests a new token. */
  invalidate(token: string): void;
}

interface Entry {
  promise: Promise<string>;
  token: string | null;
  expiresAt: number | null;
}

export function createTokenCache(options: TokenCacheOptions): TokenCache {
  let entry: Entry | null = null;

  async function requestToken(): Promise<{ token: string; expiresAt: number | null }> {
    const call = {
      method: ROUTES.token.method,
      pathTemplate: ROUTES.token.template,
      path: ROUTES.token.template,
      authorization: passwordAuthorization(options.email, options.password),
      isWrite: false,
    };
    // A token request changes nothing on the server, so it is retried like a read.
    const result = await retryRead(
      () => options.transport.send(call),
      options.newBudget(),
      options.sleep,
    );
    const grant = readTokenResponse(result.body);
    if (grant === null) {
      throw new ElevenOsError(
        'ElevenOS token response had no access_token, AccessToken or token; check the base URL',
        {
          code: 'ELEVENOS_UNEXPECTED_RESPONSE',
          status: result.status,
          method: call.method,
          pathTemplate: call.pathTemplate,
          outcome: 'not_applied',
        },
      );
    }
    return { token: grant.token, expiresAt: expiryOf(grant.expiresInSeconds, options.now()) };
  }

  function refresh(): Promise<string> {
    const next: Entry = { promise: Promise.resolve(''), token: null, expiresAt: null };
    next.promise = requestToken().then(
      (grant) => {
        next.token = grant.token;
        next.expiresAt = grant.expiresAt;
        return grant.token;
      },
      (error: unknown) => {
        if (entry === next) {
          entry = null;
        }
        throw error;
      },
    );
    entry = next;
    return next.promise;
  }

  function get(): Promise<string> {
    const expired = entry?.expiresAt != null && options.now() >= entry.expiresAt;
    return entry !== null && !expired ? entry.promise : refresh();
  }

  function invalidate(token: string): void {
    if (entry?.token === token) {
      entry = null;
    }
  }

  return { get, refresh, invalidate };
}

// Renew a little before the stated expiry, so a token does not lapse between check and use.
function expiryOf(expiresInSeconds: number | null, nowMs: number): number | null {
  if (expiresInSeconds === null) {
    return null;
  }
  const marginMs = Math.min(60_000, expiresInSeconds * 100);
  return nowMs + expiresInSeconds * 1000 - marginMs;
}
