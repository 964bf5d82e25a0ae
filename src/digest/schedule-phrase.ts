// The schedule language staff type after `digest` and pass to `frontdesk digest next`:
// "daily 8am", "weekdays 7:30", "mondays 9:00", "mon, wed and fri at 18:15", "weekends noon".
import { SCHEDULE_DAYS, type DigestSchedule } from './schedule.js';

export interface SchedulePhrase {
  /** Days named in the text, or null when it names none. */
  weekdays: number[] | null;
  time: { hour: number; minute: number } | null;
}

export interface ScheduleExtraction {
  phrase: SchedulePhrase;
  /** The text with the schedule words taken out, spaces collapsed. */
  rest: string;
  /** Staff-facing reasons the schedule words could not be used, such as "25:00 is not a time". */
  problems: string[];
}

const DAY_FORMS: [number, string][] = [
  [0, 'sundays?|suns?'],
  [1, 'mondays?|mons?'],
  [2, 'tuesdays?|tues?'],
  [3, 'wednesdays?|weds?'],
  [4, 'thursdays?|thurs?|thu'],
  [5, 'fridays?|fris?'],
  [6, 'saturdays?|sats?'],
];
const DAY = `(?:${DAY_FORMS.map(([, forms]) => forms).join('|')})`;
const DAY_JOIN = String.raw`\s*(?:,|&|/|\band\b|\bor\b)\s*`;
const DAY_RANGE = new RegExp(
  String.raw`\b(?:(?:on|every|each)\s+)?(${DAY})\s*(?:-|–|\bto\b|\bthrough\b|\bthru\b)\s*(${DAY})\b`,
  'g',
);
const DAY_LIST = new RegExp(
  String.raw`\b(?:(?:on|every|each)\s+)?${DAY}(?:${DAY_JOIN}${DAY})*\b`,
  'g',
);
const DAILY = /\b(?:daily|every\s*day|each\s+day)\b/g;
const WORKDAYS = /\b(?:(?:on|every|each)\s+)?(?:weekdays?|workdays?|business\s+days?)\b/g;
const WEEKENDS = /\b(?:(?:on|every|each)\s+)?weekends?\b/g;
const NAMED_TIME = /\b(?:at\s+)?(noon|midday|midnight)\b/g;
// A time needs a colon, am/pm or a leading "at", so other numbers ("next 14 days") stay out.
const CLOCK_TIME = /(?:\bat\s+)?\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?=$|[\s,.;])/g;

function dayOf(word: string): number {
  const found = DAY_FORMS.find(([, forms]) => new RegExp(`^(?:${forms})$`).test(word));
  return found![0];
}

function dayRange(from: number, to: number): number[] {
  const days: number[] = [];
  for (let day = from; ; day = (day + 1) % 7) {
    days.push(day);
    if (day === to) return days;
  }
}

type Match = [string, ...(string | undefined)[]];

/**
 * Replaces each match that `take` accepts with a space, so later patterns cannot reuse its words.
 * `take` returns false to leave a match in place.
 */
function consume(text: string, pattern: RegExp, take: (match: Match) => boolean | void): string {
  return text.replace(pattern, (whole: string, ...rest: unknown[]) => {
    // replace() passes the groups, then the offset and the whole string.
    const groups = rest.slice(0, -2) as (string | undefined)[];
    return take([whole, ...groups]) === false ? whole : ' ';
  });
}

function readClock(match: Match): { hour: number; minute: number } | string | null {
  const [whole, hourText, minuteText, meridiem] = match;
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const shown = whole.replace(/^at\s+/, '').trim();
  if (meridiem === undefined && minuteText === undefined && !/^at\s/.test(whole)) return null;
  if (minute > 59) return `${shown} is not a time of day`;
  if (meridiem === undefined) return hour > 23 ? `${shown} is not a time of day` : { hour, minute };
  if (hour < 1 || hour > 12) return `${shown} is not a time of day`;
  const pm = meridiem.startsWith('p');
  return { hour: (hour % 12) + (pm ? 12 : 0), minute };
}

/** Takes the days and the time of day out of `text`, leaving the other words in `rest`. */
export function extractSchedule(text: string): ScheduleExtraction {
  const days = new Set<number>();
  const times: { hour: number; minute: number }[] = [];
  const problems: string[] = [];
  let rest = ` ${text.toLowerCase()} `;

  const addAll = (list: readonly number[]) => list.forEach((day) => days.add(day));
  rest = consume(rest, DAILY, () => addAll(SCHEDULE_DAYS.EVERY_DAY));
  rest = consume(rest, WORKDAYS, () => addAll(SCHEDULE_DAYS.WEEKDAYS));
  rest = consume(rest, WEEKENDS, () => addAll(SCHEDULE_DAYS.WEEKENDS));
  rest = consume(rest, DAY_RANGE, (match) => addAll(dayRange(dayOf(match[1]!), dayOf(match[2]!))));
  rest = consume(rest, DAY_LIST, (match) => {
    for (const word of match[0].match(new RegExp(DAY, 'g')) ?? []) days.add(dayOf(word));
  });
  rest = consume(rest, NAMED_TIME, (match) => {
    times.push({ hour: match[1] === 'midnight' ? 0 : 12, minute: 0 });
  });
  rest = consume(rest, CLOCK_TIME, (match) => {
    const clock = readClock(match);
    if (clock === null) return false;
    if (typeof clock === 'string') problems.push(clock);
    else times.push(clock);
  });
  if (times.length > 1) problems.push('a digest posts at one time of day; give one time');

  return {
    phrase: {
      weekdays: days.size === 0 ? null : [...days].sort((a, b) => a - b),
      time: times[0] ?? null,
    },
    rest: rest.replace(/\s+/g, ' ').trim(),
    problems,
  };
}

/**
 * Parses a whole schedule such as "weekdays 7:30". Days default to every day, and a time is
 * required. Returns an error in staff words when the text is anything else.
 */
export function parseSchedule(text: string): { schedule: DigestSchedule } | { error: string } {
  const { phrase, rest, problems } = extractSchedule(text);
  if (problems.length > 0) return { error: `Invalid schedule "${text}": ${problems[0]!}.` };
  if (/^\d{1,2}$/.test(rest)) {
    return {
      error: `Invalid schedule "${text}": write the time as ${rest}am, ${rest}pm or ${rest}:00.`,
    };
  }
  if (rest !== '') return { error: `Invalid schedule "${text}": "${rest}" is not a day or time.` };
  if (phrase.time === null) {
    return { error: `Invalid schedule "${text}": give a time of day, as in "daily 8am".` };
  }
  return {
    schedule: { weekdays: phrase.weekdays ?? [...SCHEDULE_DAYS.EVERY_DAY], ...phrase.time },
  };
}
