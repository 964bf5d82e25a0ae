import { DateTime } from 'luxon';

import type { UnitRef } from '../parse/types.js';
import { prefixOnce } from '../units/format-unit.js';

/** Names a unit the way staff say it: "Hudson 102", "Unit 12", "Building A". */
export function unitLabel(unit: UnitRef): string {
  if (unit.unit === null) return unit.building ?? 'the site';
  if (unit.building === null) return prefixOnce('Unit', unit.unit);
  return prefixOnce(unit.building, unit.unit);
}

/** Returns the site-local calendar date of `now`. */
export function todayIn(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

/** Adds whole days to a calendar date. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}
