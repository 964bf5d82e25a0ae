import { DateTime, IANAZone } from 'luxon';
import { isoWeekdayOf, monthLength, toDayNumber } from './day-number.js';
import { readZoneClock } from './zone-clock.js';

// Staff-facing date and time wording: weekday always, year only when it is not the current
// site-local year, the zone's abbreviation, and the UTC instant where ElevenOS stores UTC.

function yearSuffix(value: DateTime, now: Date): string {
  const currentYear = DateTime.fromJSDate(now, { zone: value.zone }).year;
  return value.year === currentYear ? '' : `, ${value.year}`;
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a plain `YYYY-MM-DD` in an IANA zone without building luxon DateTimes, which showed up
 * in a profile of long upcoming lists. Returns null for any other input, so luxon formats it.
 */
function formatPlainDate(date: string, zone: string, now: Date): string | null {
  const match = CALENDAR_DATE.exec(date);
  if (match === null || Number.isNaN(now.getTime()) || !IANAZone.create(zone).isValid) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
    return null;
  }
  const weekday = WEEKDAY_NAMES[isoWeekdayOf(toDayNumber(year, month, day)) - 1]!;
  const currentYear = Number(readZoneClock(now, zone).today.slice(0, 4));
  const suffix = year === currentYear ? '' : `, ${year}`;
  return `${weekday}, ${MONTH_NAMES[month - 1]!} ${day}${suffix}`;
}

/** Formats a site-local date such as "Mon, Mar 1, 2027" (year omitted in the current year). */
export function formatDate(date: string, zone: string, now: Date): string {
  const plain = formatPlainDate(date, zone, now);
  if (plain !== null) {
    return plain;
  }
  const value = DateTime.fromISO(date, { zone });
  return `${value.toFormat('ccc, LLL d', { locale: 'en-US' })}${yearSuffix(value, now)}`;
}

/** Formats an instant in the site zone with its UTC time: "Mon, Mar 1, 2027, 6:00 AM EST (11:00 UTC)". */
export function formatInstant(instant: string, zone: string, now: Date): string {
  const utc = DateTime.fromISO(instant, { zone: 'utc' });
  const local = utc.setZone(zone);
  const day = `${local.toFormat('ccc, LLL d', { locale: 'en-US' })}${yearSuffix(local, now)}`;
  const time = local.toFormat('h:mm:ss a ZZZZ', { locale: 'en-US' }).replace(':00 ', ' ');
  const utcTime = utc.toFormat(utc.second === 0 ? 'HH:mm' : 'HH:mm:ss');
  const utcDay = utc.toISODate() === local.toISODate() ? '' : ` ${utc.toFormat('LLL d')}`;
  return `${day}, ${time} (${utcTime} UTC${utcDay})`;
}

/**
 * Formats a local clock time with its zone, such as "10:15 AM EST", for times that staff at
 * other sites read too (a card's expiry).
 */
export function formatZonedClock(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('h:mm a ZZZZ', { locale: 'en-US' });
}

/** Formats a local clock time such as "10:15 AM". */
export function formatClock(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('h:mm a', { locale: 'en-US' });
}
