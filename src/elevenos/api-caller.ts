import type { z } from 'zod';
import { bearerAuthorization, buildPath } from './contract.js';
import type { ApiRoute, PathParams } from './contract.js';
import { ElevenOsError } from './errors.js';
import type { AttemptResult, HttpTransport } from './http-transport.js';
import { retryRead } from './read-retry.js';
import type { RetryBudget } from './retry-policy.js';
import type { TokenCache } from './token-cache.js';

export interface ApiCallerOptions {
  transport: HttpTransport;
  tokens: TokenCache;
  sleep: (ms: number) => Promise<void>;
  newBudget: () => RetryBudget;
}

/** Authorised calls to one route: single attempts for writes, retried reads. */
export interface ApiCaller {
  /** One attempt; on 401 or 403 it gets a new token once and repeats the attempt once. */
  attempt(route: ApiRoute, params: PathParams, json?: unknown): Promise<AttemptResult>;
  /** A GET with retries, decoded by `schema`. */
  read<T>(
    route: ApiRoute,
    params: PathParams,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  ): Promise<T>;
}

export function createApiCaller(options: ApiCallerOptions): ApiCaller {
  async function attempt(
    route: ApiRoute,
    params: PathParams,
    json?: unknown,
  ): Promise<AttemptResult> {
    const request = {
      method: route.method,
      pathTemplate: route.template,
      path: buildPath(route.template, params),
      isWrite: route.method !== 'GET',
      json,
    };
    const token = await options.tokens.get();
    const first = await options.transport.send({
      ...request,
      authorization: bearerAuthorization(token),
    });
    if (first.ok || first.error.code !== 'ELEVENOS_ACCESS_DENIED') {
      return first;
    }

    // The token may have expired or been revoked: one new token, one more attempt. A refusal
    // with a fresh token is the account's permissions, and is returned as it is.
    options.tokens.invalidate(token);
    const fresh = await options.tokens.get();
    return options.transport.send({ ...request, authorization: bearerAuthorization(fresh) });
  }

  async function read<T>(
    route: ApiRoute,
    params: PathParams,
    schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  ): Promise<T> {
    const result = await retryRead(
      () => attempt(route, params),
      options.newBudget(),
      options.sleep,
    );
    return decodeBody(schema, result.body, route, result.status, false);
  }

  return { attempt, read };
}

/** Decodes a body; a mismatch is ELEVENOS_UNEXPECTED_RESPONSE naming the field, not its value. */
export function decodeBody<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  body: unknown,
  route: ApiRoute,
  status: number,
  isWrite: boolean,
): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) {
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  const field = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
  const message = `ElevenOS returned an unexpected ${field} (${issue?.code ?? 'invalid'}) for ${route.method} ${route.template}`;
  return throwUnexpected(message, route, status, isWrite);
}

function throwUnexpected(
  message: string,
  route: ApiRoute,
  status: number,
  isWrite: boolean,
): never {
  throw new ElevenOsError(message, {
    code: 'ELEVENOS_UNEXPECTED_RESPONSE',
    status,
    method: route.method,
    pathTemplate: route.template,
    outcome: isWrite ? 'unknown' : 'not_applied',
  });
}
