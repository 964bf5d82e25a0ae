import { DateTime } from 'luxon';

/** How far back a day written without a year may have passed and still be asked about. */
const RECENT_DAYS = 60;

/**
 * Checks whether `text` writes the year of `date` (a `YYYY-MM-DD`): "2027", "12/1/27", "'27" or
 * "next year". The parser rolls a day without a year to its next occurrence, and only the
 * message text shows whether staff chose that year.
 */
export function yearWritten(text: string, date: string): boolean {
  const year = date.slice(0, 4);
  const short = year.slice(2);
  const written = new RegExp(`\\b${year}\\b|[/.\\-'’]${short}\\b|\\bnext year\\b`, 'i');
  return written.test(text);
}

/**
 * Returns the same day one year before `date` when that day passed within the last 60 days,
 * which is what "Dec 1" most likely meant on Dec 4. Returns null otherwise.
 */
export function recentlyPassedDay(date: string, today: string): string | null {
  const earlier = DateTime.fromISO(date, { zone: 'utc' }).minus({ years: 1 }).toISODate()!;
  const oldest = DateTime.fromISO(today, { zone: 'utc' }).minus({ days: RECENT_DAYS }).toISODate()!;
  return earlier < today && earlier >= oldest ? earlier : null;
}
