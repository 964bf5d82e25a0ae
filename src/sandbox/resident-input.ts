// Checks a resident request body the way the API documents: 400 for malformed values and
// missing required fields, 406 for misspelled fields and invalid values.
import {
  RESIDENT_INPUT_KEYS,
  WIRE_ERROR_CODES,
  parseRequestInstant,
} from '../elevenos/contract.js';
import type { RuleViolation } from './records.js';

/** A resident body, read into typed values. Keys absent from the body are undefined. */
export interface ResidentInput {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  mobile?: string | null;
  building?: string | null;
  floor?: string | null;
  unit?: string | null;
  activation?: Date;
  deactivation?: Date | null;
}

export type InputResult =
  { ok: true; input: ResidentInput } | { ok: false; violation: RuleViolation };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const INSTANT_FORMAT = 'a UTC date and time such as 2027-03-01T11:00:00.000Z';

const badRequest = (message: string): InputResult => ({
  ok: false,
  violation: { status: 400, code: WIRE_ERROR_CODES.badRequest, message },
});
const invalid = (message: string): InputResult => ({
  ok: false,
  violation: { status: 406, code: WIRE_ERROR_CODES.validation, message },
});

/** Reads an add body (`mode` add: names and activation required) or an update body. */
export function parseResidentInput(body: unknown, mode: 'add' | 'update'): InputResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return badRequest('The request body must be a JSON object');
  }
  const fields = body as Record<string, unknown>;
  const unknownKey = Object.keys(fields).find(
    (key) => !(RESIDENT_INPUT_KEYS as readonly string[]).includes(key),
  );
  if (unknownKey !== undefined) {
    return invalid(`Unknown field ${JSON.stringify(unknownKey)}`);
  }
  if (mode === 'add') {
    const missing = ['FirstName', 'LastName', 'ActivationDateUTC'].find(
      (key) => fields[key] == null,
    );
    if (missing !== undefined) {
      return badRequest(`${missing} is required`);
    }
  }

  const input: ResidentInput = {};
  for (const key of ['FirstName', 'LastName'] as const) {
    const value = fields[key];
    if (value === undefined) {
      continue;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      return badRequest(`${key} must be a non-empty string`);
    }
    input[key === 'FirstName' ? 'firstName' : 'lastName'] = value.trim();
  }
  const optional = readOptionalTexts(fields, input);
  if (optional !== null) {
    return optional;
  }
  if (typeof input.email === 'string' && !EMAIL.test(input.email)) {
    return invalid('Email is not a valid email address');
  }
  return readDates(fields, input);
}

function readOptionalTexts(
  fields: Record<string, unknown>,
  input: ResidentInput,
): InputResult | null {
  const keys = [
    ['Email', 'email'],
    ['Phone', 'phone'],
    ['Mobile', 'mobile'],
    ['Building', 'building'],
    ['Floor', 'floor'],
    ['Unit', 'unit'],
  ] as const;
  for (const [wireKey, key] of keys) {
    const value = fields[wireKey];
    if (value === undefined) {
      continue;
    }
    if (value !== null && typeof value !== 'string') {
      return badRequest(`${wireKey} must be a string or null`);
    }
    input[key] = value === null || value.trim() === '' ? null : value.trim();
  }
  return null;
}

function readDates(fields: Record<string, unknown>, input: ResidentInput): InputResult {
  const activation = fields.ActivationDateUTC;
  if (activation !== undefined) {
    const date = typeof activation === 'string' ? parseRequestInstant(activation) : null;
    if (date === null) {
      return badRequest(`ActivationDateUTC must be ${INSTANT_FORMAT}`);
    }
    input.activation = date;
  }
  const deactivation = fields.DeactivationDateUTC;
  if (deactivation === null) {
    input.deactivation = null;
  } else if (deactivation !== undefined) {
    const date = typeof deactivation === 'string' ? parseRequestInstant(deactivation) : null;
    if (date === null) {
      return badRequest(`DeactivationDateUTC must be ${INSTANT_FORMAT} or null`);
    }
    input.deactivation = date;
  }
  return { ok: true, input };
}
