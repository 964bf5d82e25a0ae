// Reads a move-in or move-out cell by the site's rules: the site's day/month order for numeric
// dates, and the next occurrence on or after a reference day when no year is written.
import { makeDate, nextMonthDayOnOrAfter, type CalendarDate } from '../../dates/calendar.js';
import { parseDateAnswer } from '../../dates/parse-date-answer.js';
import { findWrittenDates } from '../../dates/written-dates.js';
import type { DateOrder } from '../../parse/types.js';

export interface DateCellContext {
  now: Date;
  zone: string;
  dateOrder: DateOrder;
  /** A date with no year takes its first occurrence on or after this day. */
  onOrAfter: CalendarDate;
}

export type DateCell = { date: CalendarDate } | { problem: 'unreadable' | 'impossible' };

// Spreadsheet exports add a weekday ("Mon, Mar 1, 2027") or a time ("2027-03-01 00:00:00").
const LEADING_WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const TRAILING_TIME =
  /(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|[+-]\d{2}:?\d{2})?)$/i;

/** Reads one date cell; text holding anything but one date is unreadable. */
export function readDateCell(text: string, context: DateCellContext): DateCell {
  const core = text.trim().replace(LEADING_WEEKDAY, '').replace(TRAILING_TIME, '').trim();
  const written = findWrittenDates(core, context.dateOrder);
  const only = written.length === 1 ? written[0] : undefined;
  if (only !== undefined && only.text.trim() === core.replace(/\.$/, '')) {
    if (!only.possible) return { problem: 'impossible' };
    const date =
      only.year === null
        ? nextMonthDayOnOrAfter(context.onOrAfter, only.month, only.day)
        : makeDate(only.year, only.month, only.day);
    return date === null ? { problem: 'impossible' } : { date };
  }
  // Other wordings ("1-Mar-2027", "March 1st") go through the chat's date reader.
  const answer = parseDateAnswer(core, context);
  return answer.date === null ? { problem: 'unreadable' } : { date: answer.date };
}
