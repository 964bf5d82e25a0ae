// Finds every date phrase in a command and records its parts, without choosing years yet.
import type { ParsedComponents, ParsedResult, Parser, ParsingOption } from 'chrono-node';
// The English entry point alone: chrono-node's main entry loads every locale, which adds about
// 18 MiB of resident memory under tsx (Node 20).
import * as en from 'chrono-node/en';
import { maskSpan } from '../parse/masked-text.js';
import type { DateOrder } from '../parse/types.js';
import type { CalendarDate, IsoWeekday } from './calendar.js';
import type { DaySpec } from './day-spec.js';
import { findWrittenDates, type WrittenDate } from './written-dates.js';
import {
  createPhraseParsers,
  type PhraseFind,
  type PhraseFinds,
  type PhraseScope,
} from './phrase-parsers.js';
import { readZoneClock } from './zone-clock.js';

interface Span {
  index: number;
  text: string;
}

export type DateMention = Span &
  (
    | { kind: 'day'; spec: DaySpec }
    | { kind: 'range'; start: DaySpec; end: DaySpec }
    | { kind: 'period'; from: CalendarDate; to: CalendarDate }
    | { kind: 'month'; month: number; year: number | null }
    | { kind: 'impossible' }
    | { kind: 'time' }
  );

export interface DateSearch {
  now: Date;
  zone: string;
  today: CalendarDate;
  dateOrder: DateOrder;
  /** The zone's UTC offset at `now` in minutes, when the caller has it already. */
  offsetMinutes?: number;
}

// Chrono's parsers for relative phrases and weekdays, and the refiners that merge ranges or
// relative phrases, guess by nearness in the reference offset. The phrase parsers and the
// range pairing in this module replace them.
const REPLACED_PARSERS = new Set([
  'ENWeekdayParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
]);
const REPLACED_REFINERS = new Set([
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
  'ENMergeDateRangeRefiner',
]);

function keptParts<T extends object>(parts: T[], replaced: Set<string>): T[] {
  return parts.filter((part) => !replaced.has(part.constructor.name));
}

// Each parse passes its own option object to chrono, and chrono hands that object to the phrase
// parsers as `context.option`, so it keys the scope of that parse.
const SCOPES = new WeakMap<object, PhraseScope>();

function scopeOf(context: { option: object }): PhraseScope {
  const scope = SCOPES.get(context.option);
  if (scope === undefined) {
    throw new Error('phrase parser ran outside findDateMentions');
  }
  return scope;
}

// One Chrono per date order, built on first use: building parsers per command was a
// measurable share of parse time.
const CHRONOS = new Map<DateOrder, en.Chrono>();

function chronoFor(dateOrder: DateOrder): en.Chrono {
  const cached = CHRONOS.get(dateOrder);
  if (cached !== undefined) {
    return cached;
  }
  // Day-first sites read 4/5 as the 4th of May: chrono's little-endian slash parser does that.
  const configuration = en.configuration.createConfiguration(false, dateOrder === 'day-first');
  const monthOnly = en.casual.parsers.filter(
    (parser) => parser.constructor.name === 'ENMonthNameParser',
  );
  const parsers: Parser[] = [
    ...createPhraseParsers(scopeOf),
    ...keptParts(configuration.parsers, REPLACED_PARSERS),
    ...monthOnly,
  ];
  const chrono = new en.Chrono({
    parsers,
    refiners: keptParts(configuration.refiners, REPLACED_REFINERS),
  });
  CHRONOS.set(dateOrder, chrono);
  return chrono;
}

/** Finds date phrases in `text`, in text order. Impossible dates come back as `impossible`. */
export function findDateMentions(text: string, search: DateSearch): DateMention[] {
  const mentions: DateMention[] = [];
  let chronoText = text;
  const writtenDates = findWrittenDates(text, search.dateOrder);
  for (const impossible of writtenDates.filter((date) => !date.possible)) {
    mentions.push({ index: impossible.index, text: impossible.text, kind: 'impossible' });
    chronoText = maskSpan(chronoText, impossible.index, impossible.text.length);
  }

  chronoText = hideNumbersChronoMisreads(chronoText);

  const finds: PhraseFinds = new Map();
  const option: ParsingOption = { forwardDate: true };
  SCOPES.set(option, { today: search.today, finds });
  const offsetMinutes =
    search.offsetMinutes ?? readZoneClock(search.now, search.zone).offsetMinutes;
  const results = chronoFor(search.dateOrder).parse(
    chronoText,
    { instant: search.now, timezone: offsetMinutes },
    option,
  );
  for (const result of results.filter((found) => standsAlone(text, found))) {
    mentions.push(withWrittenYear(readResult(result, finds), writtenDates, text));
  }
  mentions.push(...missedByChrono(writtenDates, mentions));
  return mentions.sort((a, b) => a.index - b.index);
}

// Chrono takes only years 1000 to 2999, so "March 1 3000" loses its year. A four-digit number
// written right after a month and day is kept as its year from 1900 on. Below that it is more
// likely a unit, as in "on March 1 1204".
const MIN_WRITTEN_YEAR = 1900;

/**
 * Gives a yearless day the year written after it. Chrono's text may already cover the blanked
 * year, so the span ends at whichever of the two ends later.
 */
function withWrittenYear(mention: DateMention, writtenDates: WrittenDate[], text: string) {
  if (mention.kind !== 'day' || mention.spec.type !== 'month-day' || mention.spec.year !== null) {
    return mention;
  }
  const { spec } = mention;
  const end = mention.index + mention.text.length;
  const written = writtenDates.find(
    (date) =>
      date.year !== null &&
      date.year >= MIN_WRITTEN_YEAR &&
      date.month === spec.month &&
      date.day === spec.day &&
      date.index >= mention.index &&
      date.index < end &&
      date.index + date.text.length >= end,
  );
  if (written === undefined) {
    return mention;
  }
  return {
    ...mention,
    text: text.slice(mention.index, Math.max(end, written.index + written.text.length)),
    spec: { ...spec, year: written.year },
  };
}

// A bare three-digit number ("Hudson 201 to 202") is a unit, but chrono reads it as a time
// (2:01 to 2:02) and merges that time into a nearby date. A number after "at" stays a time, and
// four digits are left alone unless they cannot be a year. Chrono reads the first four digits of
// a longer number ("March 1 10000") as a year, so those numbers are blanked too.
const BARE_NUMBER =
  /(?<![\p{L}\p{N}/.:,'@-]|\bat\s+)(?:\d{3}|(?!19|20)\d{4}|\d{5,})(?![\p{L}\p{N}/:.-]|\s*(?:a\.?m\b|p\.?m\b|h\b|hrs?\b))/gu;
// "1/2-7/1": chrono's slash parser will not start a date right after a hyphen.
const SLASH_DATE_HYPHEN = /(?<=\d\/\d{1,4})-(?=\d{1,2}\/\d)/g;

/** Blanks, at the same length, the parts of `text` that chrono would misread. */
function hideNumbersChronoMisreads(text: string): string {
  return text
    .replace(BARE_NUMBER, (number) => ' '.repeat(number.length))
    .replace(SLASH_DATE_HYPHEN, ' ');
}

/** Chrono's word boundaries are ASCII, so it finds "mar" inside "María". Such finds are dropped. */
function standsAlone(text: string, result: ParsedResult): boolean {
  const before = text[result.index - 1] ?? ' ';
  const after = text[result.index + result.text.length] ?? ' ';
  return !/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after);
}

/** Returns possible written dates that no other mention covers, such as a yearless Feb 29. */
function missedByChrono(writtenDates: WrittenDate[], mentions: DateMention[]): DateMention[] {
  const covered = (date: WrittenDate) =>
    mentions.some(
      (mention) =>
        mention.index < date.index + date.text.length &&
        date.index < mention.index + mention.text.length,
    );
  return writtenDates
    .filter((date) => date.possible && !covered(date))
    .map((date) => ({
      index: date.index,
      text: date.text,
      kind: 'day',
      spec: { type: 'month-day', month: date.month, day: date.day, year: date.year, weekday: null },
    }));
}

function known(components: ParsedComponents, name: 'year' | 'month' | 'day' | 'weekday') {
  return components.isCertain(name) ? (components.get(name) ?? null) : null;
}

function readResult(result: ParsedResult, finds: PhraseFinds): DateMention {
  const span = { index: result.index, text: result.text };
  const find = finds.get(result.index);
  if (find?.kind === 'period' && result.end) {
    return { ...span, kind: 'period', from: toDate(result.start), to: toDate(result.end) };
  }
  const start = readComponents(result.start, find);
  if (start === null) {
    const month = known(result.start, 'month');
    if (month !== null) {
      return { ...span, kind: 'month', month, year: known(result.start, 'year') };
    }
    return { ...span, kind: 'time' };
  }
  const end = result.end ? readComponents(result.end, undefined) : null;
  if (end !== null) {
    return { ...span, kind: 'range', start, end };
  }
  return { ...span, kind: 'day', spec: start };
}

function toDate(components: ParsedComponents): CalendarDate {
  const pad = (value: number | null) => String(value ?? 1).padStart(2, '0');
  return `${components.get('year')}-${pad(components.get('month'))}-${pad(components.get('day'))}`;
}

function readComponents(
  components: ParsedComponents,
  find: PhraseFind | undefined,
): DaySpec | null {
  const month = known(components, 'month');
  const day = known(components, 'day');
  const weekday = toIsoWeekday(known(components, 'weekday'));
  if (month !== null && day !== null) {
    const year = known(components, 'year');
    return { type: 'month-day', month, day, year, weekday };
  }
  if (find?.kind === 'weekday' && weekday !== null) {
    return { type: 'weekday', weekday: find.weekday, relation: find.relation };
  }
  if (find?.kind === 'day-of-month' && day !== null) {
    return { type: 'day-of-month', day };
  }
  if (month === null && day === null && weekday !== null) {
    return { type: 'weekday', weekday, relation: 'coming' };
  }
  return null;
}

/** Chrono numbers Sunday 0; ISO numbers it 7. */
function toIsoWeekday(weekday: number | null): IsoWeekday | null {
  if (weekday === null || weekday < 0 || weekday > 7) {
    return null;
  }
  return (weekday === 0 ? 7 : weekday) as IsoWeekday;
}
