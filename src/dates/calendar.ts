// Calendar arithmetic on site-local dates written `YYYY-MM-DD`. A calendar date carries no zone:
// the zone matters only once, when an instant becomes "today" in todayInZone.
import { DateTime } from 'luxon';
import {
  fromDayNumber,
  isoWeekdayOf,
  monthLength,
  toDayNumber,
  type CivilDate,
} from './day-number.js';
import { readZoneClock } from './zone-clock.js';

/** A site-local calendar date, `YYYY-MM-DD`. */
export type CalendarDate = string;

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads `YYYY-MM-DD` into its parts, or null when it is not a real date in that form. */
function readParts(date: CalendarDate): CivilDate | null {
  const match = CALENDAR_DATE.exec(date);
  if (match === null) {
    return null;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

function toDateTime(date: CalendarDate): DateTime {
  // UTC only because luxon needs some zone; it never shifts a pure calendar date.
  return DateTime.fromISO(date, { zone: 'utc' });
}

function toCalendarDate(dateTime: DateTime): CalendarDate {
  return dateTime.toFormat('yyyy-MM-dd');
}

function formatParts({ year, month, day }: CivilDate): CalendarDate {
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return `${yyyy}-${mm}-${dd}`;
}

/** Returns the calendar date of `now` in the IANA `zone`, whatever the process zone is. */
export function todayInZone(now: Date, zone: string): CalendarDate {
  return readZoneClock(now, zone).today;
}

export function makeDate(year: number, month: number, day: number): CalendarDate | null {
  if (!isValidDate(year, month, day)) {
    return null;
  }
  return formatParts({ year, month, day });
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    return false;
  }
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return monthLength(year, month);
}

/** Tells whether a month and day exist in at least one year (February 29 does). */
export function isPossibleMonthDay(month: number, day: number): boolean {
  return isValidDate(2028, month, day);
}

// Each function below computes on day numbers for a well-formed date and keeps luxon's
// behaviour for any other string, so results outside the usual form do not change.

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const parts = readParts(date);
  const result = parts === null ? null : addDaysToParts(parts, days);
  return result ?? toCalendarDate(toDateTime(date).plus({ days }));
}

function addDaysToParts(parts: CivilDate, days: number): CalendarDate | null {
  if (!Number.isInteger(days)) {
    return null;
  }
  const result = fromDayNumber(toDayNumber(parts.year, parts.month, parts.day) + days);
  return result.year >= 1 && result.year <= 9999 ? formatParts(result) : null;
}

/** Adds months, keeping the day of the month or using the last day of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const parts = readParts(date);
  if (parts !== null && Number.isInteger(months)) {
    const monthIndex = parts.year * 12 + parts.month - 1 + months;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    if (year >= 1 && year <= 9999) {
      // Clamping to the end of a shorter month is the rule leases use, as luxon does.
      return formatParts({ year, month, day: Math.min(parts.day, monthLength(year, month)) });
    }
  }
  return toCalendarDate(toDateTime(date).plus({ months }));
}

export function parseCalendarDate(date: CalendarDate): {
  year: number;
  month: number;
  day: number;
} {
  const parts = readParts(date);
  if (parts !== null) {
    return parts;
  }
  const dateTime = toDateTime(date);
  return { year: dateTime.year, month: dateTime.month, day: dateTime.day };
}

export function isoWeekday(date: CalendarDate): IsoWeekday {
  const parts = readParts(date);
  if (parts !== null) {
    return isoWeekdayOf(toDayNumber(parts.year, parts.month, parts.day)) as IsoWeekday;
  }
  return toDateTime(date).weekday as IsoWeekday;
}

/** Returns the Monday of the Monday-to-Sunday week that contains `date`. */
export function startOfWeek(date: CalendarDate): CalendarDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function startOfMonth(date: CalendarDate): CalendarDate {
  const parts = readParts(date);
  if (parts !== null) {
    return formatParts({ ...parts, day: 1 });
  }
  return toCalendarDate(toDateTime(date).startOf('month'));
}

export function endOfMonth(date: CalendarDate): CalendarDate {
  const parts = readParts(date);
  if (parts !== null) {
    return formatParts({ ...parts, day: monthLength(parts.year, parts.month) });
  }
  return toCalendarDate(toDateTime(date).endOf('month'));
}

/** Returns the first date on or after `from` that falls on `weekday`. */
export function nextWeekdayOnOrAfter(from: CalendarDate, weekday: IsoWeekday): CalendarDate {
  const offset = (weekday - isoWeekday(from) + 7) % 7;
  return addDays(from, offset);
}

/** Returns the first date on or after `from` with this month and day, or null if none exists. */
export function nextMonthDayOnOrAfter(
  from: CalendarDate,
  month: number,
  day: number,
): CalendarDate | null {
  const { year } = parseCalendarDate(from);
  // February 29 can be up to eight years away (2096 to 2104); other dates recur yearly.
  for (let candidateYear = year; candidateYear <= year + 8; candidateYear += 1) {
    const candidate = makeDate(candidateYear, month, day);
    if (candidate !== null && candidate >= from) {
      return candidate;
    }
  }
  return null;
}

/** Returns the first date on or after `from` whose day of the month is `day`. */
export function nextDayOfMonthOnOrAfter(from: CalendarDate, day: number): CalendarDate | null {
  if (!Number.isInteger(day) || day < 1 || day > 31) {
    return null;
  }
  const { year, month } = parseCalendarDate(from);
  // Day 31 can skip two months in a row at most (for example from August 31 to October 31).
  for (let step = 0; step <= 12; step += 1) {
    const monthIndex = month - 1 + step;
    const candidate = makeDate(year + Math.floor(monthIndex / 12), (monthIndex % 12) + 1, day);
    if (candidate !== null && candidate >= from) {
      return candidate;
    }
  }
  return null;
}

/** Formats a date for staff, such as "Mon, Mar 1, 2027". */
export function formatCalendarDate(date: CalendarDate): string {
  return toDateTime(date).toFormat('ccc, LLL d, yyyy', { locale: 'en-US' });
}
