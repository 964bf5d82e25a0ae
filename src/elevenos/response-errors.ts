import type { ErrorCode } from '../errors.js';
import { readErrorEnvelope } from './contract.js';
import { ElevenOsError } from './errors.js';
import type { CallOutcome } from './errors.js';

export interface CallSite {
  method: string;
  pathTemplate: string;
  /** True for calls that change data: their outcome is unknown after a 5xx or a timeout. */
  isWrite: boolean;
}

export interface ErrorResponse {
  status: number;
  /** The whole error body, read once by the caller. */
  bodyText: string;
  retryAfterMs: number | null;
}

const ACCESS_ADVICE = "check the API account's credentials and its access to the site";

const STATUS_CODES: Record<number, { code: ErrorCode; label: string; advice: string }> = {
  400: { code: 'ELEVENOS_BAD_REQUEST', label: 'invalid request', advice: 'check the request body' },
  401: { code: 'ELEVENOS_ACCESS_DENIED', label: 'access denied', advice: ACCESS_ADVICE },
  403: { code: 'ELEVENOS_ACCESS_DENIED', label: 'access denied', advice: ACCESS_ADVICE },
  404: { code: 'ELEVENOS_NOT_FOUND', label: 'not found', advice: 'check the ids in the path' },
  406: { code: 'ELEVENOS_VALIDATION', label: 'validation error', advice: 'check unit and dates' },
  408: { code: 'ELEVENOS_TIMEOUT', label: 'request timeout', advice: 'try again later' },
  409: {
    code: 'ELEVENOS_CONFLICT',
    label: 'resident exists',
    advice: 'find the existing resident',
  },
  500: { code: 'ELEVENOS_SERVER_ERROR', label: 'server error', advice: 'try again later' },
};

// Statuses after which a write may or may not have been applied.
const UNKNOWN_OUTCOME_STATUSES = new Set([408, 500, 502, 503, 504]);

/** Maps an error response to an ElevenOsError; a body that is not JSON is never parsed as JSON. */
export function errorFromResponse(response: ErrorResponse, call: CallSite): ElevenOsError {
  const parsed = parseJsonObject(response.bodyText);
  const { apiCode, apiMessage } = readErrorEnvelope(parsed);
  const outcome: CallOutcome =
    call.isWrite && UNKNOWN_OUTCOME_STATUSES.has(response.status) ? 'unknown' : 'not_applied';
  const details = {
    status: response.status,
    method: call.method,
    pathTemplate: call.pathTemplate,
    outcome,
    apiCode,
    apiMessage,
    retryAfterMs: response.retryAfterMs,
  };
  const route = `${call.method} ${call.pathTemplate}`;

  // A gateway or proxy in front of ElevenOS responds with its own page, usually HTML.
  const isGatewayPage = response.status >= 500 && parsed === undefined;
  if (isGatewayPage || [429, 502, 503, 504].includes(response.status)) {
    const message = `ElevenOS API unavailable (${response.status}) for ${route}; try again later`;
    return new ElevenOsError(message, { ...details, code: 'ELEVENOS_UNAVAILABLE' });
  }

  const known = STATUS_CODES[response.status] ?? fallback(response.status);
  const message = `ElevenOS returned ${response.status} (${known.label}) for ${route}; ${known.advice}`;
  return new ElevenOsError(message, { ...details, code: known.code });
}

/** Parses text as a JSON object; returns undefined for anything else, without throwing. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function fallback(status: number): { code: ErrorCode; label: string; advice: string } {
  if (status >= 500) {
    return { code: 'ELEVENOS_SERVER_ERROR', label: 'server error', advice: 'try again later' };
  }
  if (status >= 400) {
    return { code: 'ELEVENOS_BAD_REQUEST', label: 'client error', advice: 'check the request' };
  }
  return {
    code: 'ELEVENOS_UNEXPECTED_RESPONSE',
    label: 'unexpected status',
    advice: 'check the URL',
  };
}
