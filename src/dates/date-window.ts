// Turns the date phrase of a list request ("next week", "March", "Dec 28 to Jan 5") into an
// inclusive window of site-local dates.
import type { DateWindow } from '../parse/types.js';
import { addDays, type CalendarDate } from './calendar.js';
import type { DateMention } from './date-mentions.js';
import { monthAsRange } from './date-ranges.js';
import { resolveDaySpec } from './day-spec.js';

/** Length of the window used when a list request names no period, counting today. */
export const DEFAULT_WINDOW_DAYS = 30;

export function defaultWindow(today: CalendarDate): DateWindow {
  return { from: today, to: addDays(today, DEFAULT_WINDOW_DAYS - 1) };
}

/** Returns the window of the first usable mention, or null when none names a period. */
export function windowFromMentions(
  mentions: DateMention[],
  today: CalendarDate,
): DateWindow | null {
  for (const mention of mentions) {
    const window = mentionWindow(mention, today);
    if (window !== null) {
      return window;
    }
  }
  return null;
}

function mentionWindow(mention: DateMention, today: CalendarDate): DateWindow | null {
  switch (mention.kind) {
    case 'period':
      return { from: mention.from, to: mention.to };
    case 'month':
      return mentionWindow(monthAsRange(mention), today);
    case 'range': {
      const from = resolveDaySpec(mention.start, today);
      const to = from === null ? null : resolveDaySpec(mention.end, today, from);
      // Only an explicit year can put the end first, and such a range is not read backwards.
      return from === null || to === null || to < from ? null : { from, to };
    }
    case 'day': {
      const date = resolveDaySpec(mention.spec, today);
      return date === null ? null : { from: date, to: date };
    }
    default:
      return null;
  }
}
