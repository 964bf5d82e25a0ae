import { extractSchedule } from './schedule-phrase.js';
import { readZone } from './zones.js';

/** Maximum look-ahead of a digest, in days. */
export const MAX_WINDOW_DAYS = 31;

/** Settings that a `digest …` command changes. Absent fields keep their current value. */
export interface DigestChanges {
  weekdays?: number[];
  time?: { hour: number; minute: number };
  windowDays?: number;
  zone?: string;
  /** The sites as typed after "for", resolved against the site directory by the caller. */
  sitePhrase?: string;
  includeMoveOuts?: boolean;
  skipIfEmpty?: boolean;
}

export type DigestCommand =
  | { kind: 'help' }
  | { kind: 'now' | 'pause' | 'resume' | 'off' | 'settings' }
  | { kind: 'set'; changes: DigestChanges }
  | { kind: 'invalid'; problem: string };

const VERBS: [RegExp, 'now' | 'pause' | 'resume' | 'off' | 'settings' | 'help'][] = [
  [/^(?:(?:post|send)\s+(?:it\s+)?)?now$/, 'now'],
  [/^(?:pause|hold|suspend)$/, 'pause'],
  [/^(?:resume|unpause|restart|continue)$/, 'resume'],
  [/^(?:off|stop|unsubscribe|cancel|delete|remove|disable)$/, 'off'],
  [/^(?:settings|setting|status|show|info)$/, 'settings'],
  [/^(?:help|\?)?$/, 'help'],
];

const WINDOW = /\b(?:(?:for\s+)?(?:the\s+)?next|look(?:ing)?\s+ahead)\s+(\d{1,3})\s+days?\b/i;
const WINDOW_AHEAD = /\b(\d{1,3})\s+days?\s+ahead\b/i;
const WINDOW_WEEKS = /\b(?:(?:for\s+)?(?:the\s+)?next)\s+(?:(\d{1,2})\s+weeks?|week)\b/i;
const ZONE = /\b(?:in|zone|time\s*zone)\s+([A-Za-z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)*)(?=$|[\s,.;])/i;
const WITH_MOVE_OUTS =
  /\b(?:move[- ]?ins?\s+)?(?:with|include|including|plus|and)\s+move[- ]?outs?\b/i;
const WITHOUT_MOVE_OUTS =
  /\b(?:without|no|exclude|excluding|skip)\s+move[- ]?outs?\b|\bmove[- ]?ins?\s+only\b|\bonly\s+move[- ]?ins?\b/i;
const SKIP_EMPTY =
  /\bskip(?:\s+(?:if|when))?\s+(?:it\s+is\s+|it's\s+)?empty(?:\s+(?:days?|digests?))?\b/i;
const POST_EMPTY =
  /\b(?:(?:post|send)\s+(?:even\s+)?(?:if|when)\s+(?:it\s+is\s+|it's\s+)?empty|(?:always\s+)?(?:post|send)\s+empty(?:\s+(?:days?|digests?))?|always\s+post|don'?t\s+skip(?:\s+empty)?)\b/i;
const SITES = /(?:^|\s)(?:for|sites?:?)\s+(.+)$/i;
// Words that read naturally around a schedule ("set it to post at 8am") but change nothing.
const FILLER = /\b(?:please|set|change|make|it|to|the|a|post|send|schedule|at|on|this|channel)\b/g;

function take(text: string, pattern: RegExp): { match: RegExpExecArray | null; rest: string } {
  const match = pattern.exec(text);
  if (match === null) return { match: null, rest: text };
  return {
    match,
    rest: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`,
  };
}

function readWindow(text: string, changes: DigestChanges): { rest: string; problem?: string } {
  let days: number | null = null;
  let { match, rest } = take(text, WINDOW);
  if (match !== null) days = Number(match[1]);
  else {
    ({ match, rest } = take(text, WINDOW_AHEAD));
    if (match !== null) days = Number(match[1]);
    else {
      ({ match, rest } = take(text, WINDOW_WEEKS));
      if (match !== null) days = 7 * (match[1] === undefined ? 1 : Number(match[1]));
    }
  }
  if (days === null) return { rest };
  if (days < 1 || days > MAX_WINDOW_DAYS) {
    return { rest, problem: `a digest looks 1 to ${MAX_WINDOW_DAYS} days ahead, not ${days}` };
  }
  changes.windowDays = days;
  return { rest };
}

function readFlag(text: string, yes: RegExp, no: RegExp, set: (value: boolean) => void): string {
  const negative = take(text, no);
  if (negative.match !== null) {
    set(false);
    return negative.rest;
  }
  const positive = take(text, yes);
  if (positive.match !== null) set(true);
  return positive.rest;
}

/**
 * Reads the settings in the words after `digest`. In `lenient` mode (a sentence the intent
 * parser sent, such as "send a daily summary at 8am") unknown words are ignored.
 */
export function readDigestChanges(
  text: string,
  options: { lenient: boolean },
): { changes: DigestChanges } | { problem: string } {
  const changes: DigestChanges = {};
  const windowed = readWindow(text, changes);
  if (windowed.problem !== undefined) return { problem: windowed.problem };
  let rest = windowed.rest;

  const zone = take(rest, ZONE);
  if (zone.match !== null) {
    const found = readZone(zone.match[1]!);
    if (found === null && zone.match[1]!.includes('/')) {
      return {
        problem: `"${zone.match[1]!}" is not a time zone; use a name such as America/Chicago`,
      };
    }
    if (found !== null) {
      changes.zone = found;
      rest = zone.rest;
    }
  }
  rest = readFlag(rest, WITH_MOVE_OUTS, WITHOUT_MOVE_OUTS, (value) => {
    changes.includeMoveOuts = value;
  });
  rest = readFlag(rest, SKIP_EMPTY, POST_EMPTY, (value) => {
    changes.skipIfEmpty = value;
  });
  // Sites come last ("digest daily 8am for Hudson Yards"), but a schedule after them still counts.
  const sites = take(rest, SITES);
  const inSites = extractSchedule(sites.match?.[1] ?? '');
  if (sites.match !== null) {
    rest = sites.rest;
    if (inSites.rest !== '') changes.sitePhrase = inSites.rest;
  }

  const schedule = extractSchedule(rest);
  const problems = [...schedule.problems, ...inSites.problems];
  if (schedule.phrase.time !== null && inSites.phrase.time !== null) {
    problems.push('a digest posts at one time of day; give one time');
  }
  if (problems.length > 0) return { problem: problems[0]! };
  const weekdays = [...(schedule.phrase.weekdays ?? []), ...(inSites.phrase.weekdays ?? [])];
  if (weekdays.length > 0) changes.weekdays = [...new Set(weekdays)].sort((a, b) => a - b);
  const time = schedule.phrase.time ?? inSites.phrase.time;
  if (time !== null) changes.time = time;
  const leftover = schedule.rest.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  if (!options.lenient && leftover !== '') {
    return { problem: `"${leftover}" is not a digest setting` };
  }
  return { changes };
}

/** Parses a message that starts with "digest", or returns null for any other message. */
export function parseDigestCommand(text: string): DigestCommand | null {
  const match = /^\s*digests?\b[\s:,-]*(.*)$/is.exec(text);
  if (match === null) return null;
  const words = match[1]!.trim().replace(/[.!]+$/, '');

  const verb = VERBS.find(([pattern]) => pattern.test(words.toLowerCase()));
  if (verb !== undefined) return { kind: verb[1] };

  const read = readDigestChanges(words, { lenient: false });
  if ('problem' in read) return { kind: 'invalid', problem: read.problem };
  return { kind: 'set', changes: read.changes };
}
