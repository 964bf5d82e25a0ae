// Finds dates written with a month and day, including ones that cannot exist ("June 31",
// "2/30"). Chrono skips impossible dates silently, but staff must see them as problems.
import { isPossibleMonthDay, isValidDate } from './calendar.js';
import { MONTH_BY_WORD, MONTH_PATTERN } from './calendar-words.js';
import type { DateOrder } from '../parse/types.js';

export interface WrittenDate {
  index: number;
  text: string;
  month: number;
  day: number;
  year: number | null;
  possible: boolean;
}

const YEAR = '(?:,?\\s*(\\d{4}))?';
const MONTH_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(${MONTH_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:])${YEAR}`,
  'giu',
);
const DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}/])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?![\\p{L}])${YEAR}`,
  'giu',
);
const NUMERIC = /(?<![\p{L}\p{N}/.-])(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?(?![\p{N}/])/gu;
const ISO = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}])/gu;

function readYear(year: string | undefined): number | null {
  if (year === undefined || year === '') {
    return null;
  }
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function written(
  match: RegExpMatchArray,
  month: number,
  day: number,
  yearText: string | undefined,
): WrittenDate {
  const year = readYear(yearText);
  const possible = year === null ? isPossibleMonthDay(month, day) : isValidDate(year, month, day);
  return { index: match.index ?? 0, text: match[0], month, day, year, possible };
}

/**
 * Finds dates written with a month and day ("June 31", "5 April", "2/30", "2027-02-30"),
 * possible or not, so that the impossible ones become problems.
 */
export function findWrittenDates(text: string, dateOrder: DateOrder): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const match of text.matchAll(MONTH_FIRST)) {
    const month = MONTH_BY_WORD.get((match[1] ?? '').toLowerCase()) ?? 0;
    found.push(written(match, month, Number(match[2]), match[3]));
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const month = MONTH_BY_WORD.get((match[2] ?? '').toLowerCase()) ?? 0;
    found.push(written(match, month, Number(match[1]), match[3]));
  }
  for (const match of text.matchAll(NUMERIC)) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    const [month, day] = dateOrder === 'day-first' ? [second, first] : [first, second];
    found.push(written(match, month, day, match[3]));
  }
  for (const match of text.matchAll(ISO)) {
    found.push(written(match, Number(match[2]), Number(match[3]), match[1]));
  }
  return found.sort((a, b) => a.index - b.index);
}
