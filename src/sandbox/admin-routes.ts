// Test controls under /_sandbox/, kept apart from the API. They need no token and respond in
// camelCase JSON, so nothing here can be mistaken for ElevenOS behaviour.
import { z } from 'zod';
import { ROUTES } from '../elevenos/contract.js';
import type { RouteName } from '../elevenos/contract.js';
import type { SandboxClock } from './clock.js';
import { FAULT_STATUSES } from './faults.js';
import type { FaultStatus, SandboxFaults } from './faults.js';
import { parseJsonBody } from './http-io.js';
import type { SandboxResponse } from './http-io.js';
import type { SandboxJobs } from './jobs.js';
import type { SandboxOutbox } from './outbox.js';
import type { RequestLog } from './request-log.js';

export const ADMIN_PREFIX = '/_sandbox/';

export interface AdminContext {
  clock: SandboxClock;
  faults: SandboxFaults;
  outbox: SandboxOutbox;
  jobs: SandboxJobs;
  requests: RequestLog;
  reset: (seed: boolean) => void;
}

const routeName = z.enum(Object.keys(ROUTES) as [RouteName, ...RouteName[]]);
const faultsSchema = z
  .object({
    latencyMs: z.number().int().min(0),
    routeLatencyMs: z.record(routeName, z.number().int().min(0)),
    failure: z
      .object({
        status: z
          .number()
          .refine(
            (status): status is FaultStatus => FAULT_STATUSES.some((each) => each === status),
            {
              message: `must be one of ${FAULT_STATUSES.join(', ')}`,
            },
          ),
        body: z.enum(['json', 'html']).optional(),
        next: z.number().int().min(1).optional(),
        every: z.number().int().min(1).optional(),
        afterApply: z.boolean().optional(),
        message: z.string().optional(),
        retryAfter: z.string().optional(),
        routes: z.array(routeName).optional(),
      })
      .nullable(),
    hang: z
      .object({
        delayMs: z.number().int().min(1),
        next: z.number().int().min(1).optional(),
        routes: z.array(routeName).optional(),
      })
      .nullable(),
    errorStyle: z.enum(['object', 'string']),
  })
  .partial()
  .strict();
const clockSchema = z
  .object({
    now: z.string().datetime({ offset: true }).optional(),
    advanceMs: z.number().optional(),
  })
  .strict();
const resetSchema = z.object({ seed: z.boolean().optional() }).strict();

/** Handles an admin call; `path` starts with the admin prefix. */
export async function handleAdminCall(
  ctx: AdminContext,
  method: string,
  path: string,
  bodyText: string,
): Promise<SandboxResponse> {
  const action = `${method} ${path.slice(ADMIN_PREFIX.length).replace(/\/$/, '')}`;
  const body = parseJsonBody(bodyText) ?? {};
  if (body instanceof Error) {
    return problem(400, 'The request body is not valid JSON');
  }
  switch (action) {
    case 'GET outbox':
      return ok({ emails: ctx.outbox.list() });
    case 'DELETE outbox':
      ctx.outbox.clear();
      return ok({ emails: [] });
    case 'GET faults':
      return ok(ctx.faults.settings);
    case 'POST faults':
      return withBody(faultsSchema, body, (changes) => {
        ctx.faults.configure(changes);
        return ok(ctx.faults.settings);
      });
    case 'DELETE faults':
      ctx.faults.clear();
      return ok(ctx.faults.settings);
    case 'POST tokens/expire':
      ctx.faults.expireTokens();
      return ok({});
    case 'POST tokens/revoke':
      ctx.faults.revokeTokens();
      return ok({});
    case 'GET clock':
      return ok({ now: ctx.clock.now().toISOString() });
    case 'POST clock':
      return withBody(clockSchema, body, (change) => {
        if (change.now !== undefined) {
          ctx.clock.set(new Date(change.now));
        }
        ctx.clock.advance(change.advanceMs ?? 0);
        return ok({ now: ctx.clock.now().toISOString() });
      });
    case 'POST reset':
      return withBody(resetSchema, body, (options) => {
        ctx.reset(options.seed ?? true);
        return ok({});
      });
    case 'GET requests':
      return ok({ requests: ctx.requests.list() });
    case 'GET jobs':
      return ok({ jobs: ctx.jobs.list() });
    case 'POST jobs/settle':
      await ctx.jobs.settled();
      return ok({ jobs: ctx.jobs.list() });
    default:
      return problem(404, `No sandbox control ${action}`);
  }
}

function withBody<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  body: unknown,
  apply: (value: T) => SandboxResponse,
): SandboxResponse {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(400, `Invalid ${issue?.path.join('.') || 'body'}: ${issue?.message ?? ''}`);
  }
  return apply(parsed.data);
}

function ok(body: unknown): SandboxResponse {
  return { status: 200, body };
}

function problem(status: number, message: string): SandboxResponse {
  return { status, body: { error: message } };
}
