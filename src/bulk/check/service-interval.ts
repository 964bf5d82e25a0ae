import { DateTime } from 'luxon';

import type { NewResident, Resident } from '../../elevenos/types.js';

/** When service starts and ends, in epoch ms; an open end is +Infinity. */
export interface ServiceInterval {
  start: number;
  end: number;
}

// ElevenOS instants may carry microseconds and "+00:00"; text without an offset is UTC.
function instantMs(text: string): number {
  return DateTime.fromISO(text, { zone: 'utc' }).toMillis();
}

export function intervalOf(resident: NewResident | Resident): ServiceInterval {
  const end = resident.deactivationDateUtc;
  return {
    start: instantMs(resident.activationDateUtc),
    end: end === null ? Number.POSITIVE_INFINITY : instantMs(end),
  };
}

/** Checks whether two intervals share an instant, as ElevenOS's one-resident-per-unit rule does. */
export function overlaps(a: ServiceInterval, b: ServiceInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Builds a key that is equal for the same building, floor and unit, whatever their case. */
export function placeKey(place: {
  building: string | null;
  floor: string | null;
  unit: string | null;
}): string {
  return [place.building, place.floor, place.unit]
    .map((part) => (part ?? '').trim().toLowerCase())
    .join('\u0000');
}
