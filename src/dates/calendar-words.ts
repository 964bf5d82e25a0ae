// English month and weekday words, shared by the date finders and the name finder.
import type { IsoWeekday } from './calendar.js';

const MONTH_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['january', 'jan']],
  [2, ['february', 'feb', 'febr']],
  [3, ['march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['may']],
  [6, ['june', 'jun']],
  [7, ['july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sept', 'sep']],
  [10, ['october', 'oct']],
  [11, ['november', 'nov']],
  [12, ['december', 'dec']],
];

const WEEKDAY_WORDS: ReadonlyArray<readonly [IsoWeekday, readonly string[]]> = [
  [1, ['monday', 'mon', 'mondays']],
  [2, ['tuesday', 'tue', 'tues', 'tuesdays']],
  [3, ['wednesday', 'wed', 'weds', 'wednesdays']],
  [4, ['thursday', 'thu', 'thur', 'thurs', 'thursdays']],
  [5, ['friday', 'fri', 'fridays']],
  [6, ['saturday', 'sat', 'saturdays']],
  [7, ['sunday', 'sun', 'sundays']],
];

export const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap(([month, words]) => words.map((word) => [word, month] as const)),
);

export const WEEKDAY_BY_WORD: ReadonlyMap<string, IsoWeekday> = new Map(
  WEEKDAY_WORDS.flatMap(([weekday, words]) => words.map((word) => [word, weekday] as const)),
);

/** Regex source matching any month word, longest first so "march" wins over "mar". */
export const MONTH_PATTERN = [...MONTH_BY_WORD.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');

export const WEEKDAY_PATTERN = [...WEEKDAY_BY_WORD.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');

export const FULL_MONTH_NAMES = MONTH_WORDS.map(([, words]) => words[0] ?? '');

export const FULL_WEEKDAY_NAMES = WEEKDAY_WORDS.map(([, words]) => words[0] ?? '');

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['eighteen', 18],
  ['twenty', 20],
  ['twenty-four', 24],
  ['thirty', 30],
  ['thirty-six', 36],
  ['couple', 2],
  ['a couple of', 2],
  ['few', 3],
  ['a few', 3],
]);

/** Regex source for a count written in digits or as an English word. */
export const COUNT_PATTERN = `\\d{1,4}|${[...NUMBER_WORDS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, '\\s+'))
  .join('|')}`;

/** Reads a count written in digits or words ("3", "three", "a"); null if it is neither. */
export function readCount(text: string): number | null {
  const cleaned = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(cleaned)) {
    return Number(cleaned);
  }
  return NUMBER_WORDS.get(cleaned) ?? null;
}
