// Reads a free-text answer to "which date?", such as "March 3", "tomorrow" or "next Friday".
import type { ParseContext } from '../parse/types.js';
import { todayInZone, type CalendarDate } from './calendar.js';
import { findDateMentions } from './date-mentions.js';
import { resolveDaySpec } from './day-spec.js';

export interface DateAnswer {
  date: CalendarDate | null;
  /** Plain words for staff when the answer holds no usable single date. */
  problem?: string;
}

/** Reads one calendar date from an answer, by the same rules as full commands. */
export function parseDateAnswer(
  text: string,
  context: Pick<ParseContext, 'now' | 'zone' | 'dateOrder'>,
): DateAnswer {
  const today = todayInZone(context.now, context.zone);
  const mentions = findDateMentions(text, {
    now: context.now,
    zone: context.zone,
    today,
    dateOrder: context.dateOrder ?? 'month-first',
  }).filter((mention) => mention.kind !== 'time');
  const first = mentions[0];
  if (first === undefined) {
    return { date: null, problem: 'I could not find a date in that answer' };
  }
  switch (first.kind) {
    case 'impossible':
      return { date: null, problem: `${first.text} is not a date` };
    case 'day': {
      const date = resolveDaySpec(first.spec, today);
      return date === null ? { date, problem: `${first.text} is not a date` } : { date };
    }
    default:
      return { date: null, problem: `${first.text} is not a single day: which day?` };
  }
}
