// Joins two date mentions into one range when range words link them, so both ends follow one
// year policy: the end is the first matching date on or after the start.
import type { DateMention } from './date-mentions.js';
import type { DaySpec } from './day-spec.js';

const RANGE_LINK = /^\s*(?:-|–|—|to|until|till|til|through|thru|up\s+to|and)\s*(?:the\s+)?$/i;
const BETWEEN_BEFORE = /\bbetween\s*$/i;

function asRangeEnd(mention: DateMention): DaySpec | null {
  if (mention.kind === 'day') {
    return mention.spec;
  }
  if (mention.kind === 'month') {
    return { type: 'month-end', month: mention.month, year: mention.year };
  }
  return null;
}

function asRangeStart(mention: DateMention): DaySpec | null {
  if (mention.kind === 'day') {
    return mention.spec;
  }
  if (mention.kind === 'month') {
    return { type: 'month-start', month: mention.month, year: mention.year };
  }
  return null;
}

/** Merges "X to Y", "X until Y", "X - Y" and "between X and Y" into `range` mentions. */
export function pairDateRanges(mentions: DateMention[], text: string): DateMention[] {
  const paired: DateMention[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const first = mentions[i];
    const second = mentions[i + 1];
    if (first === undefined) {
      continue;
    }
    const range = second === undefined ? null : joinRange(first, second, text);
    if (range === null) {
      paired.push(first);
      continue;
    }
    paired.push(range);
    i += 1;
  }
  return paired;
}

function joinRange(first: DateMention, second: DateMention, text: string): DateMention | null {
  const between = text.slice(first.index + first.text.length, second.index);
  if (!RANGE_LINK.test(between)) {
    return null;
  }
  if (/^\s*and\b/i.test(between) && !BETWEEN_BEFORE.test(text.slice(0, first.index))) {
    return null;
  }
  // Month to month spans whole months; a month paired with a day is too vague to guess.
  const monthPair = first.kind === 'month' && second.kind === 'month';
  const dayPair = first.kind === 'day' && second.kind === 'day';
  if (!monthPair && !dayPair) {
    return null;
  }
  const start = asRangeStart(first);
  const end = asRangeEnd(second);
  if (start === null || end === null) {
    return null;
  }
  const spanText = text.slice(first.index, second.index + second.text.length);
  return { index: first.index, text: spanText, kind: 'range', start, end };
}

/** Returns a month as a range of days, for "move-ins in March". */
export function monthAsRange(mention: DateMention & { kind: 'month' }): DateMention {
  const start = asRangeStart(mention);
  const end = asRangeEnd(mention);
  if (start === null || end === null) {
    return mention;
  }
  return { index: mention.index, text: mention.text, kind: 'range', start, end };
}
