import { DateTime } from 'luxon';

// Staff-facing date and time wording: weekday always, year only when it is not the current
// site-local year, the zone's abbreviation, and the UTC instant where ElevenOS stores UTC.

function yearSuffix(value: DateTime, now: Date): string {
  const currentYear = DateTime.fromJSDate(now, { zone: value.zone }).year;
  return value.year === currentYear ? '' : `, ${value.year}`;
}

/** Formats a site-local date such as "Mon, Mar 1, 2027" (year omitted in the current year). */
export function formatDate(date: string, zone: string, now: Date): string {
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

/** Formats a local clock time such as "10:15 AM". */
export function formatClock(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('h:mm a', { locale: 'en-US' });
}
