import { DateTime } from 'luxon';

import type { UnitMapping } from '../elevenos/types.js';
import type { UnitRef } from '../parse/types.js';
import type { ProposalAction } from '../proposals/types.js';
import type { Draft } from './draft.js';
import { unitLabel } from './labels.js';

/** Every field an edit form can have, in form order. */
export const EDIT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'unit',
  'startDate',
  'endDate',
] as const;

export type EditField = (typeof EDIT_FIELDS)[number];

/** The values of an edit form; dates are site-local `YYYY-MM-DD`, the unit is a `unitKey`. */
export type EditValues = Partial<Record<EditField, string | null>>;

export interface UnitOption {
  key: string;
  label: string;
}

export interface EditForm {
  proposalId: string;
  intent: ProposalAction['type'];
  fields: EditField[];
  values: EditValues;
  /** Units grouped by building (one group with a null building on sites without buildings). */
  unitGroups: { building: string | null; options: UnitOption[] }[];
}

/** A stable key for a mapping row, used as the value of a unit select. */
export function unitKey(unit: UnitRef): string {
  return [unit.building ?? '', unit.floor ?? '', unit.unit ?? ''].join('|');
}

export function groupUnits(mappings: UnitMapping[]): EditForm['unitGroups'] {
  const groups = new Map<string | null, UnitOption[]>();
  for (const mapping of mappings) {
    const options = groups.get(mapping.building) ?? [];
    options.push({ key: unitKey(mapping), label: unitLabel(mapping) });
    groups.set(mapping.building, options);
  }
  return [...groups].map(([building, options]) => ({ building, options }));
}

const FIELDS_BY_INTENT: Record<ProposalAction['type'], EditField[]> = {
  move_in: ['firstName', 'lastName', 'email', 'phone', 'unit', 'startDate', 'endDate'],
  move_out: ['endDate'],
  purge: [],
  reschedule: ['startDate', 'endDate'],
  transfer: ['unit', 'startDate'],
};

/** Builds the form that edits a proposal, pre-filled with what it will send. */
export function buildEditForm(
  proposalId: string,
  action: ProposalAction,
  mappings: UnitMapping[],
): EditForm {
  const values: EditValues = {};
  switch (action.type) {
    case 'move_in':
      Object.assign(values, {
        firstName: action.resident.firstName,
        lastName: action.resident.lastName,
        email: action.resident.email,
        phone: action.resident.phone,
        unit: unitKey(action.unit),
        startDate: action.startDate,
        endDate: action.endDate,
      });
      break;
    case 'move_out':
      values.endDate = action.endDate;
      break;
    case 'reschedule':
      Object.assign(values, { startDate: action.startDate, endDate: action.endDate });
      break;
    case 'transfer':
      Object.assign(values, { unit: unitKey(action.toUnit), startDate: action.date });
      break;
    case 'purge':
      break;
  }
  return {
    proposalId,
    intent: action.type,
    fields: FIELDS_BY_INTENT[action.type],
    values,
    unitGroups: groupUnits(mappings),
  };
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
const PHONE = /^\+?[\d\s().-]{7,20}$/;

function blank(value: string | null | undefined): boolean {
  return value === undefined || value === null || value.trim() === '';
}

/**
 * Checks submitted values and applies them to the draft. Returns field errors in staff words, or
 * the changed draft.
 */
export function applyEditValues(
  draft: Draft,
  values: EditValues,
  mappings: UnitMapping[],
  today: string,
): { errors: Partial<Record<EditField, string>> } | { draft: Draft } {
  const errors: Partial<Record<EditField, string>> = {};
  const next: Draft = { ...draft };
  const fields = FIELDS_BY_INTENT[draft.intent];
  const dateOf = (field: 'startDate' | 'endDate'): string | null | undefined => {
    const value = values[field];
    if (value === undefined) return undefined;
    if (blank(value)) return null;
    if (!DateTime.fromISO(value!.trim()).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(value!.trim())) {
      errors[field] = 'Enter a date as YYYY-MM-DD.';
      return undefined;
    }
    return value!.trim();
  };

  if (fields.includes('firstName') || fields.includes('lastName')) {
    const previous = draft.people[0] ?? { firstName: '', lastName: '', email: null, phone: null };
    const person = { ...previous };
    for (const field of ['firstName', 'lastName'] as const) {
      if (values[field] === undefined) continue;
      if (blank(values[field])) errors[field] = 'A name is required.';
      else person[field] = values[field]!.trim();
    }
    if (values.email !== undefined) {
      if (!blank(values.email) && !EMAIL.test(values.email!.trim()))
        errors.email = 'Enter an email such as jane@example.com.';
      else person.email = blank(values.email) ? null : values.email!.trim();
    }
    if (values.phone !== undefined) {
      if (!blank(values.phone) && !PHONE.test(values.phone!.trim()))
        errors.phone = 'Enter a phone number of 7 to 15 digits.';
      else person.phone = blank(values.phone) ? null : values.phone!.trim();
    }
    next.people = [person];
  }

  if (fields.includes('unit') && values.unit !== undefined) {
    const mapping = mappings.find((each) => unitKey(each) === values.unit);
    if (mapping === undefined) errors.unit = 'Pick a unit from the list.';
    else {
      const resolved = {
        status: 'resolved' as const,
        building: mapping.building,
        floor: mapping.floor,
        unit: mapping.unit,
      };
      if (draft.intent === 'transfer') next.toUnit = resolved;
      else next.unit = resolved;
    }
  }

  const start = fields.includes('startDate') ? dateOf('startDate') : undefined;
  const end = fields.includes('endDate') ? dateOf('endDate') : undefined;
  if (start !== undefined) {
    if (start === null && draft.intent !== 'reschedule')
      errors.startDate = 'A move-in date is required.';
    else if (start !== null && start < today)
      errors.startDate = 'This date has passed. Pick today or later.';
    else next.startDate = start;
  }
  if (end !== undefined) {
    if (end !== null && end < today) errors.endDate = 'This date has passed. Pick today or later.';
    else next.endDate = end;
    if (draft.intent === 'move_out') next.endNow = end === null;
  }
  const effectiveStart = next.startDate;
  if (
    errors.endDate === undefined &&
    effectiveStart !== null &&
    next.endDate !== null &&
    next.endDate <= effectiveStart
  ) {
    errors.endDate = 'The move-out must be after the move-in.';
  }

  return Object.keys(errors).length > 0 ? { errors } : { draft: next };
}
