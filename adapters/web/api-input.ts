import { EDIT_FIELDS, type EditField, type EditValues } from '../../src/bot/edit-form.js';
import { WebRequestError } from './web-errors.js';

export function stringField(body: Record<string, unknown>, name: string, maxChars = 500): string {
  const value = body[name];
  if (typeof value !== 'string' || value.length > maxChars) {
    throw new WebRequestError(400, `"${name}" must be a string of at most ${maxChars} characters.`);
  }
  return value;
}

export function entryField(value: unknown, name = 'entryId'): number {
  const id = typeof value === 'string' ? Number(value) : value;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new WebRequestError(400, `"${name}" must be a positive whole number.`);
  }
  return id;
}

/** Reads an edit form's values: known fields only, each a string or null. */
export function editValues(value: unknown): EditValues {
  if (typeof value !== 'object' || value === null) {
    throw new WebRequestError(400, '"values" must be an object of form fields.');
  }
  const values: EditValues = {};
  for (const [field, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!EDIT_FIELDS.includes(field as EditField)) {
      throw new WebRequestError(400, `"${field}" is not a field of the edit form.`);
    }
    if (raw !== null && (typeof raw !== 'string' || raw.length > 200)) {
      throw new WebRequestError(400, `"${field}" must be a string of at most 200 characters.`);
    }
    values[field as EditField] = raw;
  }
  return values;
}

/** Keeps an uploaded file's own name, without folders or control characters, for the card title. */
export function uploadName(header: string | string[] | undefined): string {
  const raw = typeof header === 'string' ? decodeURIComponent(header) : '';
  const name = raw
    .split(/[\\/]/)
    .pop()!
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 100);
  return name === '' ? 'upload.csv' : name;
}
