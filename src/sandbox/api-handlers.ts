// The API routes of the sandbox. Responses use the shapes of the contract.
import {
  BULK_ACTIONS,
  BULK_KEYS,
  ENVELOPE_KEYS,
  STATUS,
  WIRE_ERROR_CODES,
  errorEnvelope,
  tokenResponseBody,
} from '../elevenos/contract.js';
import type { WireErrorStyle } from '../elevenos/contract.js';
import type { BulkAction } from '../elevenos/types.js';
import type { SandboxAuth } from './auth.js';
import type { SandboxClock } from './clock.js';
import { parseJsonBody } from './http-io.js';
import type { SandboxResponse } from './http-io.js';
import type { SandboxJobs } from './jobs.js';
import type { RuleViolation, SandboxAccount, SandboxSite } from './records.js';
import { parseResidentInput } from './resident-input.js';
import { addResident, purgeResident, terminateResident, updateResident } from './resident-rules.js';
import type { RuleResult } from './resident-rules.js';
import type { RouteMatch } from './router.js';
import type { SandboxState } from './state.js';
import { toWireMapping, toWireResident, toWireSite, toWireTeam } from './wire-records.js';

export interface ApiContext {
  state: SandboxState;
  auth: SandboxAuth;
  jobs: SandboxJobs;
  clock: SandboxClock;
  errorStyle: () => WireErrorStyle;
}

export interface ApiRequest {
  authorization: string | undefined;
  bodyText: string;
}

type Scope = { account: SandboxAccount; site: SandboxSite | null };

/** Handles one API call whose route is known. */
export function handleApiCall(
  ctx: ApiContext,
  match: RouteMatch,
  request: ApiRequest,
): SandboxResponse {
  const fail = (violation: RuleViolation): SandboxResponse => ({
    status: violation.status,
    body: errorEnvelope(violation.code, violation.message, ctx.errorStyle()),
  });
  if (match.name === 'token') {
    const token = ctx.auth.issue(request.authorization);
    return token === null
      ? fail(denied('The email or password is wrong'))
      : { status: STATUS.ok, body: tokenResponseBody(token, ctx.auth.ttlSeconds) };
  }
  const account = ctx.auth.accountFor(request.authorization);
  if (account === null) {
    return fail(denied('The access token is missing, invalid or expired'));
  }
  const scope = resolveScope(ctx.state, account, match);
  if ('status' in scope) {
    return fail(scope);
  }
  const result = dispatch(ctx, match, request, scope);
  return 'code' in result ? fail(result) : result;
}

function dispatch(
  ctx: ApiContext,
  match: RouteMatch,
  request: ApiRequest,
  { account, site }: Scope,
): SandboxResponse | RuleViolation {
  const now = ctx.clock.now();
  const ok = (body: Record<string, unknown>) => ({
    status: STATUS.ok,
    body: { Error: null, ...body },
  });
  const singleResident = (result: RuleResult) =>
    result.ok ? ok({ Residents: [toWireResident(result.resident, site!, now)] }) : result.violation;
  const residentId = match.params.residentId ?? '';

  switch (match.name) {
    case 'listTeams':
      return ok({
        Teams: ctx.state.teams.filter((t) => t.teamId === account.teamId).map(toWireTeam),
      });
    case 'listSites': {
      const sites = ctx.state.sites.filter(
        (s) => s.teamId === match.params.teamId && reaches(account, s),
      );
      return ok({ Sites: sites.map(toWireSite) });
    }
    case 'getMappings':
      return ok({ Mappings: site!.mappings.map(toWireMapping) });
    case 'listResidents':
      return ok({
        Residents: ctx.state.residentsOf(site!.siteId).map((r) => toWireResident(r, site!, now)),
      });
    case 'getResident': {
      const resident = ctx.state.resident(site!.siteId, residentId);
      return resident === undefined
        ? residentNotFound(residentId)
        : singleResident({ ok: true, resident });
    }
    case 'addResident':
    case 'updateResident': {
      const body = readJson(request.bodyText);
      const parsed = body.ok
        ? parseResidentInput(body.value, match.name === 'addResident' ? 'add' : 'update')
        : body;
      if (!parsed.ok) {
        return parsed.violation;
      }
      return match.name === 'addResident'
        ? singleResident(addResident(ctx.state, site!, parsed.input, now))
        : singleResident(updateResident(ctx.state, site!, residentId, parsed.input, now));
    }
    case 'terminateResident':
      return singleResident(terminateResident(ctx.state, site!, residentId, now));
    case 'purgeResident': {
      const result = purgeResident(ctx.state, site!, residentId, now);
      return result.ok ? ok({}) : result.violation;
    }
    case 'importResidents':
    case 'bulkAction':
      return startJob(ctx, match, request, account, site!);
    default:
      return routeNotFound();
  }
}

function startJob(
  ctx: ApiContext,
  match: RouteMatch,
  request: ApiRequest,
  account: SandboxAccount,
  site: SandboxSite,
): SandboxResponse | RuleViolation {
  const body = readJson(request.bodyText);
  if (!body.ok) {
    return body.violation;
  }
  const fields = (
    typeof body.value === 'object' && body.value !== null ? body.value : {}
  ) as Record<string, unknown>;
  let jobId: string;
  if (match.name === 'importResidents') {
    const rows = fields[BULK_KEYS.residents];
    if (!Array.isArray(rows) || rows.length === 0) {
      return badRequest(`${BULK_KEYS.residents} must be a non-empty list`);
    }
    jobId = ctx.jobs.startImport(account, site, rows);
  } else {
    const action = fields[BULK_KEYS.action];
    const ids = fields[BULK_KEYS.residentIds];
    if (!BULK_ACTIONS.includes(action as BulkAction)) {
      return badRequest(`${BULK_KEYS.action} must be one of ${BULK_ACTIONS.join(', ')}`);
    }
    if (!Array.isArray(ids) || ids.length === 0) {
      return badRequest(`${BULK_KEYS.residentIds} must be a non-empty list`);
    }
    jobId = ctx.jobs.startBulk(account, site, action as BulkAction, ids);
  }
  return { status: STATUS.accepted, body: { Error: null, [ENVELOPE_KEYS.jobId]: jobId } };
}

// Documented: 404 for an unknown resource, 403 when the account's reach is too small.
function resolveScope(
  state: SandboxState,
  account: SandboxAccount,
  match: RouteMatch,
): Scope | RuleViolation {
  const { teamId, siteId } = match.params;
  if (teamId !== undefined) {
    if (!state.teams.some((team) => team.teamId === teamId)) {
      return notFound(`Team ${teamId} not found`);
    }
    if (account.teamId !== teamId) {
      return denied(`This account has no access to team ${teamId}`);
    }
  }
  if (siteId === undefined) {
    return { account, site: null };
  }
  const site = state.site(siteId);
  if (site === undefined || site.teamId !== teamId) {
    return notFound(`Site ${siteId} not found`);
  }
  if (!reaches(account, site)) {
    return denied(`This account has no access to site ${siteId}`);
  }
  return { account, site };
}

function reaches(account: SandboxAccount, site: SandboxSite): boolean {
  return account.siteIds === null || account.siteIds.includes(site.siteId);
}

function readJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; violation: RuleViolation } {
  const value = parseJsonBody(text);
  if (value === undefined) {
    return { ok: false, violation: badRequest('The request body is missing') };
  }
  if (value instanceof Error) {
    return { ok: false, violation: badRequest('The request body is not valid JSON') };
  }
  return { ok: true, value };
}

const badRequest = (message: string): RuleViolation => ({
  status: STATUS.badRequest,
  code: WIRE_ERROR_CODES.badRequest,
  message,
});
const denied = (message: string): RuleViolation => ({
  status: STATUS.accessDenied,
  code: WIRE_ERROR_CODES.accessDenied,
  message,
});
const notFound = (message: string): RuleViolation => ({
  status: STATUS.notFound,
  code: WIRE_ERROR_CODES.notFound,
  message,
});
const residentNotFound = (residentId: string) => notFound(`Resident ${residentId} not found`);

/** Returns the error for a path that matches no route. */
export function routeNotFound(): RuleViolation {
  return notFound('No such route');
}
