// Reads weekday phrases such as "next Friday", "a week from Monday" or "Tuesday after next".
import type { IsoWeekday } from './calendar.js';
import { WEEKDAY_BY_WORD, WEEKDAY_PATTERN } from './calendar-words.js';
import type { WeekdayRelation } from './day-spec.js';

const PREFIX_PATTERN =
  'this\\s+coming|this|coming|next|on|the\\s+following|last|(?:a|one)\\s+week\\s+from(?:\\s+this)?';
const SUFFIX_PATTERN = 'after\\s+next|(?:of\\s+)?next\\s+week|(?:of\\s+)?this\\s+week';

/** Regex source for a weekday with its optional qualifier, without word boundaries. */
export const WEEKDAY_PHRASE_PATTERN = `(?:(?:${PREFIX_PATTERN})\\s+)?(?:${WEEKDAY_PATTERN})\\.?(?:\\s+(?:${SUFFIX_PATTERN}))?`;

// Abbreviations that are also everyday words count only after a qualifier ("on Sat").
const AMBIGUOUS_ABBREVIATIONS = new Set(['sat', 'sun', 'wed', 'mon', 'tue', 'thu', 'fri']);

export function readWeekdayPhrase(
  text: string,
): { weekday: IsoWeekday; relation: WeekdayRelation } | null {
  const words = text.toLowerCase().replace(/\./g, '').split(/\s+/);
  const weekdayIndex = words.findIndex((word) => WEEKDAY_BY_WORD.has(word));
  const weekdayWord = words[weekdayIndex] ?? '';
  const weekday = WEEKDAY_BY_WORD.get(weekdayWord);
  if (weekday === undefined) {
    return null;
  }
  const prefix = words.slice(0, weekdayIndex).join(' ');
  const suffix = words.slice(weekdayIndex + 1).join(' ');
  if (AMBIGUOUS_ABBREVIATIONS.has(weekdayWord) && prefix === '' && suffix === '') {
    return null;
  }
  return { weekday, relation: readRelation(prefix, suffix) };
}

function readRelation(prefix: string, suffix: string): WeekdayRelation {
  if (suffix === 'after next') {
    return 'after-next';
  }
  if (suffix.endsWith('next week')) {
    return 'next-week';
  }
  if (suffix.endsWith('this week')) {
    return 'this-week';
  }
  if (prefix.includes('week from')) {
    return 'week-after';
  }
  if (prefix === 'next' || prefix === 'the following') {
    return 'next-week';
  }
  if (prefix === 'last') {
    return 'last';
  }
  return 'coming';
}
