// Decides whether a write whose outcome was unknown is visible in what ElevenOS returns now.
import { DateTime } from 'luxon';
import type { NewResident, Resident, ResidentChanges } from './types.js';

/**
 * Checks whether `resident` is the one `expected` would have added: same unit, same activation instant,
 * and the same email, or the same first and last name when no email was sent.
 */
export function matchesNewResident(resident: Resident, expected: NewResident): boolean {
  if (resident.status.includes('terminated')) {
    return false;
  }
  const sameUnit =
    sameValue(resident.building, expected.building) &&
    sameValue(resident.floor, expected.floor) &&
    sameValue(resident.unit, expected.unit);
  if (!sameUnit || !sameInstant(resident.activationDateUtc, expected.activationDateUtc)) {
    return false;
  }
  if (expected.email !== null) {
    return sameText(resident.email, expected.email);
  }
  return (
    sameText(resident.firstName, expected.firstName) &&
    sameText(resident.lastName, expected.lastName)
  );
}

/**
 * Checks whether `resident` already shows every change in `changes`. A deactivation at or before
 * `nowMs` is expected to be cleared, because ElevenOS clears a past deactivation of a current
 * resident instead of storing it.
 */
export function showsChanges(resident: Resident, changes: ResidentChanges, nowMs: number): boolean {
  const textFields = ['firstName', 'lastName', 'phone', 'building', 'floor', 'unit'] as const;
  for (const field of textFields) {
    const value = changes[field];
    if (value !== undefined && !sameValue(resident[field], value)) {
      return false;
    }
  }
  if (changes.email !== undefined && !sameText(resident.email, changes.email)) {
    return false;
  }
  if (
    changes.activationDateUtc !== undefined &&
    !sameInstant(resident.activationDateUtc, changes.activationDateUtc)
  ) {
    return false;
  }
  return changes.deactivationDateUtc === undefined
    ? true
    : showsDeactivation(resident.deactivationDateUtc, changes.deactivationDateUtc, nowMs);
}

function showsDeactivation(actual: string | null, expected: string | null, nowMs: number): boolean {
  if (expected === null || instantMs(expected) <= nowMs) {
    return actual === null;
  }
  return actual !== null && sameInstant(actual, expected);
}

function sameInstant(a: string, b: string): boolean {
  const left = instantMs(a);
  return !Number.isNaN(left) && left === instantMs(b);
}

// Domain instants are ISO text; text without an offset is UTC, as ElevenOS sends it.
function instantMs(text: string): number {
  const date = DateTime.fromISO(text, { zone: 'utc' });
  return date.isValid ? date.toMillis() : Number.NaN;
}

// Absent levels arrive as null or as an empty string.
function sameValue(a: string | null, b: string | null): boolean {
  return (a ?? '') === (b ?? '');
}

function sameText(a: string | null, b: string | null): boolean {
  return (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
}
