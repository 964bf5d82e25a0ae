// Every assumption about the ElevenOS Resident Management API wire format lives in this module:
// paths, envelope keys, field names, status codes, error bodies and date formats. The client and
// the sandbox both import it, so correcting an assumption is a one-file change. Each item is marked
// "documented" when the public documentation states it, or "assumed" when the project assumes it.
import { DateTime } from 'luxon';
import { z } from 'zod';
import type {
  BulkAction,
  NewResident,
  Resident,
  ResidentChanges,
  ResidentStatus,
  Site,
  SiteType,
  Team,
  UnitMapping,
} from './types.js';

/** Documented: the base URL carries the version, as in https://api.11os.com/v2. */
export const API_VERSION_PREFIX = '/v2';

export type HttpMethod = 'GET' | 'POST' | 'PUT';

export interface ApiRoute {
  method: HttpMethod;
  /** Path below the version prefix, with ids as `{placeholders}`. */
  template: string;
}

const SITE = '/team/{teamId}/site/{siteId}';

/** Every route. Documented: token, mappings and get-resident; assumed: all the others. */
export const ROUTES = {
  token: { method: 'POST', template: '/oauth/token' },
  listTeams: { method: 'GET', template: '/teams' },
  listSites: { method: 'GET', template: '/team/{teamId}/sites' },
  getMappings: { method: 'GET', template: `${SITE}/mappings` },
  listResidents: { method: 'GET', template: `${SITE}/residents` },
  getResident: { method: 'GET', template: `${SITE}/resident/{residentId}` },
  addResident: { method: 'POST', template: `${SITE}/resident` },
  updateResident: { method: 'PUT', template: `${SITE}/resident/{residentId}` },
  terminateResident: { method: 'POST', template: `${SITE}/resident/{residentId}/terminate` },
  purgeResident: { method: 'POST', template: `${SITE}/resident/{residentId}/terminate-and-purge` },
  importResidents: { method: 'POST', template: `${SITE}/residents/import` },
  bulkAction: { method: 'POST', template: `${SITE}/residents/bulk` },
} as const satisfies Record<string, ApiRoute>;

export type RouteName = keyof typeof ROUTES;

export interface PathParams {
  teamId?: string;
  siteId?: string;
  residentId?: string;
}

/** Fills a route template with URL-encoded ids; throws when the template needs a missing id. */
export function buildPath(template: string, params: PathParams): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name as keyof PathParams];
    if (value === undefined) {
      throw new TypeError(`Path ${template} needs a value for ${name}`);
    }
    return encodeURIComponent(value);
  });
}

/** Documented status codes, plus the ones the project assumes for specific rules. */
export const STATUS = {
  ok: 200,
  accepted: 202,
  badRequest: 400,
  accessDenied: 403,
  notFound: 404,
  validation: 406,
  /**
   * Documented: "the resident already exists at the site". Assumed: that means the same email
   * while the other resident still holds service on overlapping dates.
   */
  conflict: 409,
  serverError: 500,
  /** Assumed: a unit held by another resident on an overlapping date is a validation error. */
  unitOccupied: 406,
} as const;

// ---- Token ----

/** Documented: `Authorization: Password <base64(email:password)>` with no body. */
export function passwordAuthorization(email: string, password: string): string {
  return `Password ${Buffer.from(`${email}:${password}`, 'utf8').toString('base64')}`;
}

/** Assumed: later calls send the token as a bearer token. */
export function bearerAuthorization(token: string): string {
  return `Bearer ${token}`;
}

/** Assumed: the token is under `access_token`; `AccessToken` and `token` are also accepted. */
export const TOKEN_RESPONSE_KEYS = ['access_token', 'AccessToken', 'token'] as const;

export interface TokenGrant {
  token: string;
  /** Null when the response gives no lifetime. */
  expiresInSeconds: number | null;
}

/** Reads a token response; returns null when no accepted key contains a non-empty string. */
export function readTokenResponse(body: unknown): TokenGrant | null {
  if (!isRecord(body)) {
    return null;
  }
  const key = TOKEN_RESPONSE_KEYS.find((name) => typeof body[name] === 'string' && body[name]);
  if (key === undefined) {
    return null;
  }
  const expiresIn = body.expires_in;
  return {
    token: body[key] as string,
    expiresInSeconds: typeof expiresIn === 'number' && expiresIn > 0 ? expiresIn : null,
  };
}

/** Assumed token response shape, as the sandbox sends it. */
export function tokenResponseBody(token: string, ttlSeconds: number): Record<string, unknown> {
  return { access_token: token, token_type: 'Bearer', expires_in: ttlSeconds };
}

// ---- Envelopes and errors ----

/** Documented for residents, assumed for the rest: every body is an object with these keys. */
export const ENVELOPE_KEYS = {
  error: 'Error',
  teams: 'Teams',
  sites: 'Sites',
  mappings: 'Mappings',
  residents: 'Residents',
  jobId: 'JobId',
} as const;

/** Assumed: `Error` is a message string or an object with `Code` and `Message`. */
export type WireError = string | { Code: string; Message: string };

/** Assumed error codes inside the object form of `Error`. */
export const WIRE_ERROR_CODES = {
  badRequest: 'BadRequest',
  accessDenied: 'AccessDenied',
  notFound: 'NotFound',
  validation: 'ValidationError',
  unitOccupied: 'UnitOccupied',
  conflict: 'ResidentExists',
  serverError: 'InternalServerError',
} as const;

export type WireErrorCode = (typeof WIRE_ERROR_CODES)[keyof typeof WIRE_ERROR_CODES];

export type WireErrorStyle = 'object' | 'string';

export function errorEnvelope(
  code: WireErrorCode,
  message: string,
  style: WireErrorStyle = 'object',
): { Error: WireError } {
  return { Error: style === 'object' ? { Code: code, Message: message } : message };
}

export interface ApiErrorDetails {
  apiCode: string | null;
  apiMessage: string | null;
}

/** Reads `Error` from a parsed body in either assumed form; anything else gives nulls. */
export function readErrorEnvelope(body: unknown): ApiErrorDetails {
  const error = isRecord(body) ? body[ENVELOPE_KEYS.error] : undefined;
  if (typeof error === 'string' && error.trim() !== '') {
    return { apiCode: null, apiMessage: error.trim() };
  }
  if (isRecord(error)) {
    const code = typeof error.Code === 'string' ? error.Code : null;
    const message = typeof error.Message === 'string' ? error.Message.trim() : '';
    return { apiCode: code, apiMessage: message === '' ? null : message };
  }
  return { apiCode: null, apiMessage: null };
}

// ---- Dates ----

const REQUEST_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?:Z|\+00:00)$/;
const RESPONSE_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]00:?00)?$/;

/**
 * Parses a request instant: documented as UTC `YYYY-MM-DDThh:mm:ss.000Z`, with `+00:00` and up
 * to six fraction digits also accepted. Returns null for any other text or an impossible date.
 */
export function parseRequestInstant(text: string): Date | null {
  const match = REQUEST_INSTANT.exec(text);
  return match ? instantFromParts(match) : null;
}

/** Parses a response instant; documented responses may omit the offset, which then means UTC. */
export function parseResponseInstant(text: string): Date | null {
  const match = RESPONSE_INSTANT.exec(text.trim());
  return match ? instantFromParts(match) : null;
}

/** Formats an instant the way requests must carry it: `YYYY-MM-DDThh:mm:ss.000Z`. */
export function formatRequestInstant(date: Date): string {
  return date.toISOString();
}

/** Documented: `ActivationDate`/`DeactivationDate` are site-local wall time without offset. */
export function formatSiteLocal(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat("yyyy-LL-dd'T'HH:mm:ss");
}

/** Documented: `...DateUTC` fields are UTC with `+00:00`, here with microseconds. */
export function formatUtcWithOffset(date: Date): string {
  return `${formatUtcNoOffset(date)}+00:00`;
}

/** Documented: `OnboardedAt` is UTC without an offset. */
export function formatUtcNoOffset(date: Date): string {
  return DateTime.fromJSDate(date, { zone: 'utc' }).toFormat("yyyy-LL-dd'T'HH:mm:ss.SSS'000'");
}

function instantFromParts(match: RegExpExecArray): Date | null {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const date = DateTime.utc(year, month, day, hour, minute, second, millis);
  return date.isValid ? date.toJSDate() : null;
}

// ---- Records ----

/** Documented status values; `Status` is a list such as `["current", "pending"]`. */
export const RESIDENT_STATUSES = ['scheduled', 'current', 'pending', 'terminated'] as const;

/** Assumed site types, as `SiteType` carries them. */
export const SITE_TYPES = [
  'PPK',
  'PPK-C',
  'PPK-D',
  'MDU-SSO',
] as const satisfies readonly SiteType[];

/** Assumed bulk actions, as `Action` carries them. */
export const BULK_ACTIONS = [
  'terminate',
  'terminate-and-purge',
] as const satisfies readonly BulkAction[];

export interface WireTeam {
  TeamId: string;
  Name: string;
}

export interface WireSite {
  SiteId: string;
  Name: string;
  SiteType: SiteType;
  TimeZone: string;
}

/** Documented fields; assumed flat rows with absent levels as null. */
export interface WireMapping {
  Building: string | null;
  Floor: string | null;
  Unit: string | null;
  VLAN: string;
  SSID: string;
  Passphrase: string | null;
}

/** Documented resident record. */
export interface WireResident {
  ResidentId: string;
  UUID: string;
  FirstName: string;
  LastName: string;
  Email: string | null;
  Phone: string | null;
  Mobile: string | null;
  Building: string | null;
  Floor: string | null;
  Unit: string | null;
  ActivationDate: string;
  DeactivationDate: string | null;
  ActivationDateUTC: string;
  DeactivationDateUTC: string | null;
  OnboardedAt: string | null;
  SSID: string | null;
  ServiceAreaNumber: string | null;
  Status: ResidentStatus[];
}

/**
 * Assumed body of add (all keys) and update (only the keys that change; a null
 * `DeactivationDateUTC` clears the deactivation).
 */
export interface WireResidentInput {
  FirstName?: string;
  LastName?: string;
  Email?: string | null;
  Phone?: string | null;
  Mobile?: string | null;
  Building?: string | null;
  Floor?: string | null;
  Unit?: string | null;
  ActivationDateUTC?: string;
  DeactivationDateUTC?: string | null;
}

/** Every key a resident body may carry; the sandbox rejects others as misspelled. */
export const RESIDENT_INPUT_KEYS = [
  'FirstName',
  'LastName',
  'Email',
  'Phone',
  'Mobile',
  'Building',
  'Floor',
  'Unit',
  'ActivationDateUTC',
  'DeactivationDateUTC',
] as const satisfies readonly (keyof WireResidentInput)[];

/** Assumed keys of the bulk request bodies. */
export const BULK_KEYS = { residents: 'Residents', action: 'Action', residentIds: 'ResidentIds' };

// Response parsing is lenient where the real API may differ in small ways: ids and VLANs may be
// numbers, empty strings mean absent, and `Status` may be a single string in any case.
const id = z.union([z.string().min(1), z.number()]).transform(String);
const text = z.string();
const optionalText = z
  .union([z.string(), z.number(), z.null(), z.undefined()])
  .transform((value) =>
    value === null || value === undefined || value === '' ? null : `${value}`,
  );
const instant = z.string().transform((value, context) => {
  const date = parseResponseInstant(value);
  if (date === null) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'not a date and time' });
    return z.NEVER;
  }
  return date.toISOString();
});
const optionalInstant = z
  .union([z.literal(''), z.null(), z.undefined(), instant])
  .transform((v) => {
    return v === '' || v === undefined ? null : v;
  });
const statusList = z.union([z.string(), z.array(z.string())]).transform((value) => {
  const values = (Array.isArray(value) ? value : [value]).map((item) => item.toLowerCase());
  return RESIDENT_STATUSES.filter((status) => values.includes(status));
});

const teamSchema = z
  .object({ TeamId: id, Name: text })
  .transform((wire): Team => ({ teamId: wire.TeamId, name: wire.Name }));

const siteSchema = z
  .object({ SiteId: id, Name: text, SiteType: z.enum(SITE_TYPES), TimeZone: text })
  .transform((wire): Site => ({
    siteId: wire.SiteId,
    name: wire.Name,
    siteType: wire.SiteType,
    timeZone: wire.TimeZone,
  }));

const mappingSchema = z
  .object({
    Building: optionalText,
    Floor: optionalText,
    Unit: optionalText,
    VLAN: id,
    SSID: text,
    Passphrase: optionalText,
  })
  .transform((wire): UnitMapping => ({
    building: wire.Building,
    floor: wire.Floor,
    unit: wire.Unit,
    vlan: wire.VLAN,
    ssid: wire.SSID,
    passphrase: wire.Passphrase,
  }));

const residentSchema = z
  .object({
    ResidentId: id,
    FirstName: text,
    LastName: text,
    Email: optionalText,
    Phone: optionalText,
    Building: optionalText,
    Floor: optionalText,
    Unit: optionalText,
    ActivationDate: text,
    DeactivationDate: optionalText,
    ActivationDateUTC: instant,
    DeactivationDateUTC: optionalInstant,
    OnboardedAt: optionalInstant,
    SSID: optionalText,
    Status: statusList,
  })
  .transform((wire): Resident => ({
    residentId: wire.ResidentId,
    firstName: wire.FirstName,
    lastName: wire.LastName,
    email: wire.Email,
    phone: wire.Phone,
    building: wire.Building,
    floor: wire.Floor,
    unit: wire.Unit,
    activationDate: wire.ActivationDate,
    deactivationDate: wire.DeactivationDate,
    activationDateUtc: wire.ActivationDateUTC,
    deactivationDateUtc: wire.DeactivationDateUTC,
    onboardedAt: wire.OnboardedAt,
    ssid: wire.SSID,
    status: wire.Status,
  }));

/** Zod schemas that turn response bodies into domain values. */
export const RESPONSE_SCHEMAS = {
  teams: z.object({ Teams: z.array(teamSchema) }).transform((body) => body.Teams),
  sites: z.object({ Sites: z.array(siteSchema) }).transform((body) => body.Sites),
  mappings: z.object({ Mappings: z.array(mappingSchema) }).transform((body) => body.Mappings),
  residents: z.object({ Residents: z.array(residentSchema) }).transform((body) => body.Residents),
  /** Documented: a single record is still wrapped in a one-element list. */
  resident: z
    .object({ Residents: z.array(residentSchema).length(1) })
    .transform((body) => body.Residents[0] as Resident),
  job: z.object({ JobId: id }).transform((body) => ({ jobId: body.JobId })),
};

/** Converts the add-resident input to the wire body; a null deactivation is left out. */
export function toWireNewResident(resident: NewResident): WireResidentInput {
  const body: WireResidentInput = {
    FirstName: resident.firstName,
    LastName: resident.lastName,
    Email: resident.email,
    Phone: resident.phone,
    Building: resident.building,
    Floor: resident.floor,
    Unit: resident.unit,
    ActivationDateUTC: toWireInstant(resident.activationDateUtc),
  };
  if (resident.deactivationDateUtc !== null) {
    body.DeactivationDateUTC = toWireInstant(resident.deactivationDateUtc);
  }
  return body;
}

/** Converts a partial update; only keys present in `changes` are sent. */
export function toWireResidentChanges(changes: ResidentChanges): WireResidentInput {
  const body: WireResidentInput = {};
  const set = <K extends keyof WireResidentInput>(key: K, value: WireResidentInput[K]) => {
    if (value !== undefined) {
      body[key] = value;
    }
  };
  set('FirstName', changes.firstName);
  set('LastName', changes.lastName);
  set('Email', changes.email);
  set('Phone', changes.phone);
  set('Building', changes.building);
  set('Floor', changes.floor);
  set('Unit', changes.unit);
  set('ActivationDateUTC', mapDefined(changes.activationDateUtc, toWireInstant));
  if (changes.deactivationDateUtc !== undefined) {
    body.DeactivationDateUTC =
      changes.deactivationDateUtc === null ? null : toWireInstant(changes.deactivationDateUtc);
  }
  return body;
}

/**
 * Normalises an ISO instant to the documented request format. Text without an offset is read as
 * UTC; unreadable text is sent unchanged so that ElevenOS reports it.
 */
export function toWireInstant(value: string): string {
  const date = DateTime.fromISO(value, { zone: 'utc' });
  return date.isValid ? formatRequestInstant(date.toJSDate()) : value;
}

function mapDefined<T, R>(value: T | undefined, map: (value: T) => R): R | undefined {
  return value === undefined ? undefined : map(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
