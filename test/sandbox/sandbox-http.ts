// Raw HTTP helpers for talking to the sandbox the way any client would.
import { passwordAuthorization } from '../../src/elevenos/contract.js';
import { SANDBOX_ACCOUNT, SANDBOX_SITES, SANDBOX_TEAM_ID } from '../../src/sandbox/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';

/** The corpus's reference instant: Friday 2026-12-04, 10:00 in New York. */
export const REFERENCE_NOW = new Date('2026-12-04T15:00:00Z');

export const HUDSON_PATH = `/team/${SANDBOX_TEAM_ID}/site/${SANDBOX_SITES.hudsonYards}`;
export const SUNSET_PATH = `/team/${SANDBOX_TEAM_ID}/site/${SANDBOX_SITES.sunsetTerrace}`;
export const CAMPUS_PATH = `/team/${SANDBOX_TEAM_ID}/site/${SANDBOX_SITES.campusCommons}`;

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
  body: Record<string, unknown>;
}

export async function tokenFor(
  sandbox: Sandbox,
  account: { email: string; password: string } = SANDBOX_ACCOUNT,
): Promise<string> {
  const response = await fetch(`${sandbox.baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { authorization: passwordAuthorization(account.email, account.password) },
  });
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** Calls an API path below the version prefix; `body` is sent as JSON unless it is a string. */
export async function callApi(
  sandbox: Sandbox,
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown } = {},
): Promise<HttpReply> {
  const token = options.token === undefined ? await tokenFor(sandbox) : options.token;
  const headers: Record<string, string> = {};
  if (token !== null) {
    headers.authorization = `Bearer ${token}`;
  }
  let payload: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(`${sandbox.baseUrl}${path}`, { method, headers, body: payload });
  return toReply(response);
}

/** Calls an admin control under /_sandbox/. */
export async function callAdmin(
  sandbox: Sandbox,
  method: string,
  control: string,
  body?: unknown,
): Promise<HttpReply> {
  const response = await fetch(`${sandbox.origin}/_sandbox/${control}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return toReply(response);
}

async function toReply(response: Response): Promise<HttpReply> {
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Fault replies may be HTML; callers then look at `text`.
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Builds a wire body that adds a resident to Hudson Yards; override any field. */
export function residentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    FirstName: 'Tess',
    LastName: 'Marlow',
    Email: 'tess.marlow@example.com',
    Phone: null,
    Building: 'Hudson',
    Floor: '1',
    Unit: '102',
    ActivationDateUTC: '2027-01-08T11:00:00.000Z',
    ...overrides,
  };
}

/** Returns the first resident record of an envelope. */
export function firstResident(reply: HttpReply): Record<string, unknown> {
  const residents = reply.body.Residents as Record<string, unknown>[] | undefined;
  const resident = residents?.[0];
  if (resident === undefined) {
    throw new Error(`Expected a resident in a ${reply.status} reply: ${reply.text}`);
  }
  return resident;
}

/** Returns the error message of an envelope, in either error form. */
export function errorMessage(reply: HttpReply): string {
  const error = reply.body.Error as { Message?: string } | string | null | undefined;
  return typeof error === 'string' ? error : (error?.Message ?? '');
}
