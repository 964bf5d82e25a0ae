// Chrono parsers for the relative phrases staff use. Chrono's own relative parsers guess the
// year and weekday by nearness and compute in the reference offset, so these replace them and
// compute from the site-local `today` instead. The parsers are built once and read `today` and
// the finds map of the current parse through a PhraseScopeReader, because building them per
// command showed up in parse profiles.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import {
  addDays,
  addMonths,
  endOfMonth,
  nextDayOfMonthOnOrAfter,
  parseCalendarDate,
  startOfMonth,
  startOfWeek,
  type CalendarDate,
  type IsoWeekday,
} from './calendar.js';
import { COUNT_PATTERN, MONTH_BY_WORD, MONTH_PATTERN, readCount } from './calendar-words.js';
import { resolveDaySpec, type WeekdayRelation } from './day-spec.js';
import { ORDINAL_PATTERN, readOrdinal } from './ordinals.js';
import { readWeekdayPhrase, WEEKDAY_PHRASE_PATTERN } from './weekday-phrase.js';

/**
 * A find of one of these parsers at a text index. Chrono drops tags when it clones a result,
 * so the parsers record their finds here and callers look results up by index.
 */
export type PhraseFind =
  | { kind: 'fixed' }
  | { kind: 'period' }
  | { kind: 'day-of-month'; day: number }
  | { kind: 'weekday'; weekday: IsoWeekday; relation: WeekdayRelation };

export type PhraseFinds = Map<number, PhraseFind>;

/** The reference day and the finds map of one parse. */
export interface PhraseScope {
  today: CalendarDate;
  finds: PhraseFinds;
}

/** Returns the scope of the parse that `context` belongs to. */
export type PhraseScopeReader = (context: ParsingContext) => PhraseScope;

interface Found {
  result: ParsingResult;
  find: PhraseFind;
}

type Extract = (
  context: ParsingContext,
  today: CalendarDate,
  groups: string[],
  index: number,
  text: string,
) => Found | null;

/** Builds a parser whose match must stand alone as words, like chrono's own parsers. */
// Patterns do not depend on the reference day, so each is compiled once and shared.
const PATTERNS = new Map<string, RegExp>();

function phraseParser(inner: string, scopeOf: PhraseScopeReader, extract: Extract): Parser {
  let pattern = PATTERNS.get(inner);
  if (pattern === undefined) {
    pattern = new RegExp(`(\\W|^)(?:${inner})(?=\\W|$)`, 'i');
    PATTERNS.set(inner, pattern);
  }
  return {
    pattern: () => pattern,
    extract: (context, match) => {
      const lead = match[1] ?? '';
      const text = match[0].slice(lead.length);
      const index = (match.index ?? 0) + lead.length;
      const groups = match.slice(2).map((group) => group ?? '');
      const scope = scopeOf(context);
      const found = extract(context, scope.today, groups, index, text);
      if (found === null) {
        return null;
      }
      scope.finds.set(index, found.find);
      return found.result;
    },
  };
}

function dateComponents(date: CalendarDate) {
  const { year, month, day } = parseCalendarDate(date);
  return { year, month, day };
}

function fixed(context: ParsingContext, index: number, text: string, date: CalendarDate): Found {
  const result = context.createParsingResult(index, text, dateComponents(date));
  return { result, find: { kind: 'fixed' } };
}

const RELATIVE_DAY_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['the day after tomorrow', 2],
  ['day after tomorrow', 2],
  ['tomorrow', 1],
  ['tomorow', 1],
  ['tommorow', 1],
  ['tommorrow', 1],
  ['tmrw', 1],
  ['tmr', 1],
  ['2morrow', 1],
  ['today', 0],
  ['tonight', 0],
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
  ['immediately', 0],
  ['right away', 0],
  ['asap', 0],
  ['yesterday', -1],
];

const RELATIVE_DAY_PATTERN = RELATIVE_DAY_WORDS.map(([word]) => word.replace(/ /g, '\\s+')).join(
  '|',
);

function relativeDayParser(scopeOf: PhraseScopeReader): Parser {
  return phraseParser(
    `(${RELATIVE_DAY_PATTERN})`,
    scopeOf,
    (context, today, [word = ''], index, text) => {
      const key = word.toLowerCase().replace(/\s+/g, ' ');
      const offset = RELATIVE_DAY_WORDS.find(([candidate]) => candidate === key)?.[1] ?? 0;
      return fixed(context, index, text, addDays(today, offset));
    },
  );
}

/** "now" only at the end of a clause, so that "her move-in is now March 3" keeps March 3. */
function nowParser(scopeOf: PhraseScopeReader): Parser {
  const inner =
    '(?:right\\s+)?now(?=\\s*(?:$|[.,!?;)]|please\\b|pls\\b|thanks\\b|and\\b|on\\b|for\\b))';
  return phraseParser(inner, scopeOf, (context, today, _groups, index, text) =>
    fixed(context, index, text, today),
  );
}

function addUnits(date: CalendarDate, count: number, unit: string): CalendarDate {
  if (unit.startsWith('day')) {
    return addDays(date, count);
  }
  if (unit.startsWith('week')) {
    return addDays(date, 7 * count);
  }
  if (unit.startsWith('month')) {
    return addMonths(date, count);
  }
  return addMonths(date, 12 * count);
}

const UNIT_PATTERN = '(days?|weeks?|months?|years?)';

// Counts larger than this are typing errors, not dates anyone schedules.
const MAX_COUNT = 1200;

/** "in 3 days", "in a week", "2 weeks from today", "a week from tomorrow". */
function offsetParser(scopeOf: PhraseScopeReader): Parser {
  const inner =
    `in\\s+(${COUNT_PATTERN})\\s+${UNIT_PATTERN}` +
    `|(${COUNT_PATTERN})\\s+${UNIT_PATTERN}\\s+(?:from|after)\\s+(now|today|tomorrow)`;
  return phraseParser(inner, scopeOf, (context, today, groups, index, text) => {
    const [inCount, inUnit, fromCount, fromUnit, anchor] = groups;
    const count = readCount(inCount || fromCount || '');
    if (count === null || count > MAX_COUNT) {
      return null;
    }
    const base = anchor?.toLowerCase() === 'tomorrow' ? addDays(today, 1) : today;
    return fixed(context, index, text, addUnits(base, count, inUnit || fromUnit || 'day'));
  });
}

/**
 * "end of the month", "end of next month", "end of March", "start of next month", "the last day
 * of the month", "the first of the month".
 */
function monthEdgeParser(scopeOf: PhraseScopeReader): Parser {
  const inner =
    `(?:the\\s+)?(?:very\\s+)?(end|start|beginning|(?:first|last)(?:\\s+day)?)\\s+of\\s+` +
    `(?:the\\s+)?` +
    `(this\\s+month|month|next\\s+month|this\\s+year|year|${MONTH_PATTERN})\\.?` +
    `(?:\\s*,?\\s*(\\d{4}))?|(eom|month[-\\s]end)`;
  return phraseParser(inner, scopeOf, (context, today, groups, index, text) => {
    const date = readMonthEdge(today, groups);
    return date === null ? null : fixed(context, index, text, date);
  });
}

function readMonthEdge(today: CalendarDate, groups: string[]): CalendarDate | null {
  const [edge = 'end', what = '', yearText = '', shorthand = ''] = groups;
  const target = what.toLowerCase().replace(/\s+/g, ' ');
  const edgeWord = edge.toLowerCase().replace(/\s+/g, ' ');
  const isEnd = shorthand !== '' || edgeWord === 'end' || edgeWord.startsWith('last');
  // "the first of the month" is a day number, so it is the next 1st, as "the 1st" would be.
  if (target === 'month' && edgeWord.startsWith('first')) {
    return nextDayOfMonthOnOrAfter(today, 1);
  }
  if (shorthand !== '' || target === 'month' || target === 'this month') {
    return isEnd ? endOfMonth(today) : startOfMonth(today);
  }
  if (target === 'next month') {
    const first = addMonths(startOfMonth(today), 1);
    return isEnd ? endOfMonth(first) : first;
  }
  if (target === 'year' || target === 'this year') {
    const { year } = parseCalendarDate(today);
    return isEnd ? `${year}-12-31` : `${year}-01-01`;
  }
  const month = MONTH_BY_WORD.get(target);
  if (month === undefined) {
    return null;
  }
  const year = yearText === '' ? null : Number(yearText);
  return isEnd
    ? resolveDaySpec({ type: 'month-end', month, year }, today)
    : resolveDaySpec({ type: 'month-day', month, day: 1, year, weekday: null }, today);
}

function weekdayParser(scopeOf: PhraseScopeReader): Parser {
  return phraseParser(WEEKDAY_PHRASE_PATTERN, scopeOf, (context, today, _groups, index, text) => {
    const phrase = readWeekdayPhrase(text);
    if (phrase === null) {
      return null;
    }
    const date = resolveDaySpec({ type: 'weekday', ...phrase }, today) ?? today;
    const components = context.createParsingComponents({ weekday: phrase.weekday });
    const { year, month, day } = dateComponents(date);
    // Implied values keep chrono's validity filter happy; the policy reads only `finds`.
    components.imply('year', year).imply('month', month).imply('day', day);
    const result = context.createParsingResult(index, text, components);
    return { result, find: { kind: 'weekday', ...phrase } };
  });
}

/** "the 20th", "on the 2nd", "the first", but not "the 5th of April" or "the 3rd floor". */
function dayOfMonthParser(scopeOf: PhraseScopeReader): Parser {
  const inner =
    `(?:the\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)|the\\s+(${ORDINAL_PATTERN}))` +
    `(?!\\s*(?:floor|fl\\b|story|storey|of\\s+(?:${MONTH_PATTERN})|(?:${MONTH_PATTERN})\\b|[/-]\\d))`;
  return phraseParser(inner, scopeOf, (context, today, groups, index, text) => {
    const [digits, ordinalDigits, ordinalWord] = groups;
    const number = digits || ordinalDigits;
    const day = number ? Number(number) : readOrdinal(ordinalWord);
    const date = day === null ? null : nextDayOfMonthOnOrAfter(today, day);
    if (day === null || date === null) {
      return null;
    }
    const components = context.createParsingComponents({ day });
    const resolved = dateComponents(date);
    components.imply('year', resolved.year).imply('month', resolved.month);
    const result = context.createParsingResult(index, text, components);
    return { result, find: { kind: 'day-of-month', day } };
  });
}

/** Periods for lists: "this week", "next month", "next 7 days", "the rest of the month". */
function periodParser(scopeOf: PhraseScopeReader): Parser {
  const inner =
    `(this|next|the\\s+following)\\s+(week|month|weekend|year)` +
    `|(?:the\\s+)?(week|month)\\s+after\\s+next` +
    `|(?:the\\s+)?rest\\s+of\\s+(?:the\\s+|this\\s+)?(week|month|year)` +
    `|(?:within\\s+|over\\s+|during\\s+|in\\s+)?(?:the\\s+)?(?:next|coming|following|upcoming)\\s+` +
    `(${COUNT_PATTERN})\\s+(days?|weeks?|months?)` +
    `|within\\s+(${COUNT_PATTERN})\\s+(days?|weeks?|months?)`;
  return phraseParser(inner, scopeOf, (context, today, groups, index, text) => {
    const period = readPeriod(today, groups);
    if (period === null) {
      return null;
    }
    const [from, to] = period;
    const result = context.createParsingResult(
      index,
      text,
      dateComponents(from),
      dateComponents(to),
    );
    return { result, find: { kind: 'period' } };
  });
}

function readPeriod(today: CalendarDate, groups: string[]): [CalendarDate, CalendarDate] | null {
  const [which, unit, afterNext, rest, count, countUnit, withinCount, withinUnit] = groups.map(
    (group) => group.toLowerCase().replace(/\s+/g, ' '),
  );
  if (unit) {
    return calendarPeriod(today, unit, which === 'this' ? 0 : 1);
  }
  if (afterNext) {
    return calendarPeriod(today, afterNext, 2);
  }
  if (rest) {
    return [today, calendarPeriod(today, rest, 0)[1]];
  }
  const amount = readCount(count || withinCount || '');
  if (amount === null || amount < 1 || amount > MAX_COUNT) {
    return null;
  }
  return [today, addDays(addUnits(today, amount, countUnit || withinUnit || 'day'), -1)];
}

/** Returns a whole week, weekend, month or year, `offset` of them after the current one. */
function calendarPeriod(
  today: CalendarDate,
  unit: string,
  offset: number,
): [CalendarDate, CalendarDate] {
  if (unit === 'week' || unit === 'weekend') {
    const monday = addDays(startOfWeek(today), 7 * offset);
    return unit === 'week'
      ? [monday, addDays(monday, 6)]
      : [addDays(monday, 5), addDays(monday, 6)];
  }
  if (unit === 'year') {
    const year = parseCalendarDate(today).year + offset;
    return [`${year}-01-01`, `${year}-12-31`];
  }
  const from = addMonths(startOfMonth(today), offset);
  return [from, endOfMonth(from)];
}

/** Creates the phrase parsers. They go before chrono's own parsers. */
export function createPhraseParsers(scopeOf: PhraseScopeReader): Parser[] {
  return [
    periodParser(scopeOf),
    monthEdgeParser(scopeOf),
    offsetParser(scopeOf),
    relativeDayParser(scopeOf),
    nowParser(scopeOf),
    weekdayParser(scopeOf),
    dayOfMonthParser(scopeOf),
  ];
}
