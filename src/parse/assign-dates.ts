// Decides which date of a command is the start, which is the end, and which window a list
// covers, then checks the result for things staff must fix.
import { addDays, formatCalendarDate, type CalendarDate } from '../dates/calendar.js';
import type { DateMention } from '../dates/date-mentions.js';
import { defaultWindow, windowFromMentions } from '../dates/date-window.js';
import { resolveDaySpec } from '../dates/day-spec.js';
import { leaseEndDate, type LeaseLength } from '../dates/lease-length.js';
import { END_CUE, START_CUE } from './intent-cues.js';
import type { DateWindow, Intent } from './types.js';

export interface DateFields {
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
  window: DateWindow | null;
  problems: string[];
}

interface DateInput {
  intent: Intent;
  mentions: DateMention[];
  lease: LeaseLength | null;
  today: CalendarDate;
  /** Lower-case command with dates masked, aligned with the mention indexes. */
  masked: string;
}

const END_LEAD =
  /\b(?:until|till|til|through|thru|ending|ends?|end\s+date|last\s+day(?:\s+is)?|move[- ]?out(?:\s+date)?|moving\s+out|lease\s+ends?|expires?|expiring|leaves?|leaving|out)(?:\s+(?:on|is|by|at))?\s*(?:the\s+)?[\s,:]*$/;
const NEW_DATE_LEAD = /\b(?:to|until|till|til|through|thru|for|on|is\s+now|now|be|as)\s*$/;

function leadOf(masked: string, mention: DateMention): string {
  return masked.slice(Math.max(0, mention.index - 40), mention.index);
}

function singleDays(mentions: DateMention[]) {
  return mentions.filter(
    (mention): mention is DateMention & { kind: 'day' } => mention.kind === 'day',
  );
}

function vagueProblems(mentions: DateMention[]): string[] {
  return mentions
    .filter((mention) => mention.kind === 'period' || mention.kind === 'month')
    .map((mention) => `"${mention.text}" is not a single day: which day?`);
}

export function assignDates(input: DateInput): DateFields {
  const problems = input.mentions
    .filter((mention) => mention.kind === 'impossible')
    .map((mention) => `${mention.text} is not a date`);
  const fields: DateFields = { startDate: null, endDate: null, window: null, problems };

  switch (input.intent) {
    case 'upcoming':
      assignWindow(input, fields);
      return fields;
    case 'move_in':
      assignMoveIn(input, fields);
      break;
    case 'move_out':
    case 'purge':
      fields.endDate = firstDay(input.mentions, input.today);
      break;
    case 'transfer':
      fields.startDate = firstDay(input.mentions, input.today);
      break;
    case 'reschedule':
      assignReschedule(input, fields);
      break;
    default:
      return fields;
  }
  problems.push(...vagueProblems(input.mentions), ...checkOrder(input, fields));
  return fields;
}

// "move-ins until Dec 31" names only the last day of the list; the list starts today.
const WINDOW_END_LEAD = /\b(?:until|till|til|through|thru|by|before|up\s+to)\s*(?:the\s+)?$/;

function openEndedWindow(input: DateInput): DateWindow | null {
  const [first] = input.mentions;
  if (first?.kind !== 'day' || !WINDOW_END_LEAD.test(leadOf(input.masked, first))) {
    return null;
  }
  const lead = leadOf(input.masked, first);
  const named = resolveDaySpec(first.spec, input.today);
  // "before Jan 15" leaves Jan 15 out; the other words include it.
  const to = named !== null && /\bbefore\s*(?:the\s+)?$/.test(lead) ? addDays(named, -1) : named;
  return to === null || to < input.today ? null : { from: input.today, to };
}

function assignWindow(input: DateInput, fields: DateFields): void {
  fields.window = openEndedWindow(input) ?? windowFromMentions(input.mentions, input.today);
  if (fields.window !== null) {
    return;
  }
  if (input.mentions.some((mention) => mention.kind === 'range')) {
    fields.problems.push('the end date is before the start date');
    return;
  }
  fields.window = defaultWindow(input.today);
}

function firstDay(mentions: DateMention[], today: CalendarDate): CalendarDate | null {
  for (const mention of mentions) {
    if (mention.kind === 'day') {
      return resolveDaySpec(mention.spec, today);
    }
    if (mention.kind === 'range') {
      return resolveDaySpec(mention.start, today);
    }
  }
  return null;
}

function assignMoveIn(input: DateInput, fields: DateFields): void {
  const { today } = input;
  const range = input.mentions.find((mention) => mention.kind === 'range');
  let endMention: (DateMention & { kind: 'day' }) | undefined;
  if (range?.kind === 'range') {
    fields.startDate = resolveDaySpec(range.start, today);
  } else {
    const days = singleDays(input.mentions);
    endMention = days.find((day) => END_LEAD.test(leadOf(input.masked, day)));
    const startMention = days.find((day) => day !== endMention);
    fields.startDate = startMention ? resolveDaySpec(startMention.spec, today) : null;
  }
  const base = fields.startDate ?? today;
  if (range?.kind === 'range') {
    fields.endDate = fields.startDate === null ? null : resolveDaySpec(range.end, today, base);
  } else if (endMention !== undefined) {
    fields.endDate = resolveDaySpec(endMention.spec, today, base);
  } else if (input.lease !== null && fields.startDate !== null) {
    fields.endDate = leaseEndDate(fields.startDate, input.lease);
  }
}

function assignReschedule(input: DateInput, fields: DateFields): void {
  const { today, masked } = input;
  const range = input.mentions.find((mention) => mention.kind === 'range');
  // "to Jan 1 - Jun 30" sets both dates; "from Jan 5 to Jan 31" moves one date to Jan 31.
  if (range?.kind === 'range' && !/\bfrom\s*$/.test(leadOf(masked, range))) {
    fields.startDate = resolveDaySpec(range.start, today);
    fields.endDate = fields.startDate && resolveDaySpec(range.end, today, fields.startDate);
    return;
  }

  const days = singleDays(input.mentions);
  const chosen = [...days].reverse().find((day) => NEW_DATE_LEAD.test(leadOf(masked, day)));
  const newDate = chosen ?? days[days.length - 1];
  const spec = (range?.kind === 'range' ? range.end : null) ?? newDate?.spec ?? null;
  const date = spec === null ? null : resolveDaySpec(spec, today);

  const lead = newDate === undefined ? masked : masked.slice(0, newDate.index);
  if (changesEndDate(masked, lead)) {
    fields.endDate = date;
  } else {
    fields.startDate = date;
  }
}

/** Tells whether a reschedule moves the end date, from the move-in and move-out words used. */
function changesEndDate(masked: string, lead: string): boolean {
  const moveInWords = START_CUE.test(masked);
  const moveOutWords = END_CUE.test(masked);
  if (moveInWords && moveOutWords) {
    // The word nearest before the new date names the date that changes.
    return lastMatch(lead, END_CUE) > lastMatch(lead, START_CUE);
  }
  return moveOutWords;
}

function lastMatch(text: string, pattern: RegExp): number {
  const global = new RegExp(pattern.source, 'g');
  let last = -1;
  for (const match of text.matchAll(global)) {
    last = match.index;
  }
  return last;
}

function checkOrder(input: DateInput, fields: DateFields): string[] {
  const problems: string[] = [];
  const { startDate, endDate } = fields;
  if (startDate !== null && endDate !== null && endDate < startDate) {
    problems.push(
      input.intent === 'move_in'
        ? 'the move-out date is before the move-in date'
        : 'the end date is before the start date',
    );
  }
  for (const date of [startDate, endDate]) {
    if (date !== null && date < input.today) {
      problems.push(`${formatCalendarDate(date)} has passed`);
    }
  }
  return problems;
}
