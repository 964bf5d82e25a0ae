// The parts of a date phrase, before the year and weekday policy turns them into a date.
import {
  addDays,
  endOfMonth,
  makeDate,
  nextDayOfMonthOnOrAfter,
  nextMonthDayOnOrAfter,
  nextWeekdayOnOrAfter,
  parseCalendarDate,
  startOfWeek,
  type CalendarDate,
  type IsoWeekday,
} from './calendar.js';

/**
 * Qualifier of a weekday: "Friday" or "this Friday" is `coming`, "Friday this week" is
 * `this-week`, "next Friday" is `next-week`, "a week from Friday" is `week-after` and
 * "Friday after next" is `after-next`.
 */
export type WeekdayRelation =
  'coming' | 'this-week' | 'next-week' | 'week-after' | 'after-next' | 'last';

export type DaySpec =
  | { type: 'fixed'; date: CalendarDate }
  | {
      type: 'month-day';
      month: number;
      day: number;
      year: number | null;
      weekday: IsoWeekday | null;
    }
  | { type: 'month-start'; month: number; year: number | null }
  | { type: 'month-end'; month: number; year: number | null }
  | { type: 'day-of-month'; day: number }
  | { type: 'weekday'; weekday: IsoWeekday; relation: WeekdayRelation };

/**
 * Turns a spec into a calendar date. A spec with no year takes the first matching date on or
 * after `onOrAfter` (today, or the start date when the spec is the end of a range), never the
 * nearest year.
 */
export function resolveDaySpec(
  spec: DaySpec,
  today: CalendarDate,
  onOrAfter: CalendarDate = today,
): CalendarDate | null {
  switch (spec.type) {
    case 'fixed':
      return spec.date;
    case 'month-day':
      return spec.year === null
        ? nextMonthDayOnOrAfter(onOrAfter, spec.month, spec.day)
        : makeDate(spec.year, spec.month, spec.day);
    case 'month-start':
    case 'month-end':
      return resolveMonthEdge(spec.type, spec.month, spec.year, onOrAfter);
    case 'day-of-month':
      return nextDayOfMonthOnOrAfter(onOrAfter, spec.day);
    case 'weekday':
      return resolveWeekday(spec.weekday, spec.relation, today, onOrAfter);
  }
}

function resolveMonthEdge(
  edge: 'month-start' | 'month-end',
  month: number,
  year: number | null,
  onOrAfter: CalendarDate,
): CalendarDate | null {
  // The current month counts: on December 4, "December" starts on December 1.
  const from = parseCalendarDate(onOrAfter);
  const resolvedYear = year ?? (month >= from.month ? from.year : from.year + 1);
  const first = makeDate(resolvedYear, month, 1);
  if (first === null) {
    return null;
  }
  return edge === 'month-start' ? first : endOfMonth(first);
}

function resolveWeekday(
  weekday: IsoWeekday,
  relation: WeekdayRelation,
  today: CalendarDate,
  onOrAfter: CalendarDate,
): CalendarDate {
  const nextWeekMonday = addDays(startOfWeek(today), 7);
  switch (relation) {
    case 'coming':
      return nextWeekdayOnOrAfter(onOrAfter, weekday);
    case 'this-week':
      return addDays(startOfWeek(today), weekday - 1);
    case 'next-week':
      return addDays(nextWeekMonday, weekday - 1);
    case 'after-next':
      return addDays(nextWeekMonday, weekday - 1 + 7);
    case 'week-after':
      return addDays(nextWeekdayOnOrAfter(today, weekday), 7);
    case 'last':
      return addDays(nextWeekdayOnOrAfter(today, weekday), -7);
  }
}
