// Parses one staff command into a ParsedCommand. Each step finds one kind of thing (contacts,
// lease length, dates, units, names), masks it, and hands the rest on.
import { IANAZone } from 'luxon';
import { findDateMentions, type DateMention } from '../dates/date-mentions.js';
import { pairDateRanges } from '../dates/date-ranges.js';
import { findLeaseLength } from '../dates/lease-length.js';
import { readZoneClock } from '../dates/zone-clock.js';
import { createUnitIndex } from '../units/unit-index.js';
import { findUnitPhrases, type UnitPhrase } from '../units/unit-phrases.js';
import { assignDates } from './assign-dates.js';
import { NON_NAME_WORDS } from './command-words.js';
import { detectIntent } from './detect-intent.js';
import { findContacts } from './find-contacts.js';
import { findPeople } from './find-people.js';
import { fixTypos } from './fix-typos.js';
import { describeInvalidContact, findInvalidContacts } from './invalid-contacts.js';
import { maskSpan, UNIT_MASK } from './masked-text.js';
import { normalizeText } from './normalize-text.js';
import type { Intent, ParseContext, ParsedCommand, UnitResolution } from './types.js';

// Commands are a sentence or two; longer text is cut so parsing time stays bounded.
export const MAX_COMMAND_LENGTH = 1000;

const INTENTS_WITHOUT_PEOPLE: ReadonlySet<Intent> = new Set([
  'upcoming',
  'help',
  'digest_subscribe',
  'digest_unsubscribe',
  'unknown',
]);

function emptyCommand(problems: string[] = []): ParsedCommand {
  return {
    intent: 'unknown',
    people: [],
    unit: null,
    toUnit: null,
    startDate: null,
    endDate: null,
    window: null,
    kind: null,
    problems,
  };
}

const ASCII_ONLY = /^\p{ASCII}*$/u;

/** Lower-cases without changing the length, so indexes found in one copy fit the other. */
function lowerSameLength(text: string): string {
  // ASCII lower-cases one character to one, so the whole-string call is safe and much cheaper.
  if (ASCII_ONLY.test(text)) {
    return text.toLowerCase();
  }
  let lower = '';
  for (const char of text) {
    const candidate = char.toLowerCase();
    lower += candidate.length === char.length ? candidate : char;
  }
  return lower;
}

/** Tells whether a bare month is a first name, as in "move in June Carter". */
function isNameMonth(mention: DateMention, text: string): boolean {
  if (mention.kind !== 'month' || mention.year !== null) {
    return false;
  }
  const after = /^ +(\p{L}[\p{L}'-]*)/u.exec(text.slice(mention.index + mention.text.length));
  const word = after?.[1]?.toLowerCase();
  return word !== undefined && !NON_NAME_WORDS.has(word);
}

function pickUnits(intent: Intent, phrases: UnitPhrase[], leads: string[]) {
  const none = { unit: null, toUnit: null };
  if (intent === 'help' || intent === 'unknown' || intent.startsWith('digest')) {
    return none;
  }
  if (intent !== 'transfer') {
    return { unit: phrases[0]?.resolution ?? null, toUnit: null };
  }
  const fromIndex = leads.findIndex((lead) => /(?:\bfrom|\bout\s+of|\bleaving)\s*$/.test(lead));
  const toIndex = leads.findIndex(
    (lead, i) => i !== fromIndex && /(?:\bto|\binto|\bover\s+to)\s*$/.test(lead),
  );
  if (phrases.length === 1) {
    const only = phrases[0]?.resolution ?? null;
    return fromIndex === 0 ? { unit: only, toUnit: null } : { unit: null, toUnit: only };
  }
  // Without "from" or "to", the first unit is the current one and the second the new one.
  let from = fromIndex;
  if (from < 0) {
    from = toIndex === 0 ? 1 : 0;
  }
  let to = toIndex;
  if (to < 0) {
    to = from === 0 ? 1 : 0;
  }
  const resolution = (i: number): UnitResolution | null => phrases[i]?.resolution ?? null;
  return { unit: resolution(from), toUnit: resolution(to) };
}

/** Parses a staff command. Never throws: text it cannot read gives intent `unknown`. */
export function parseCommand(rawText: string, context: ParseContext): ParsedCommand {
  // IANAZone.create caches per name, while isValidZone builds an Intl formatter on every call.
  if (!IANAZone.create(context.zone).isValid || Number.isNaN(context.now.getTime())) {
    return emptyCommand([`the site time zone "${context.zone}" or the current time is invalid`]);
  }
  const problems: string[] = [];
  let text = fixTypos(normalizeText(rawText));
  if (text.length > MAX_COMMAND_LENGTH) {
    text = text.slice(0, MAX_COMMAND_LENGTH);
    problems.push(
      `the command is too long: only its first ${MAX_COMMAND_LENGTH} characters were read`,
    );
  }
  const { today, offsetMinutes } = readZoneClock(context.now, context.zone);

  const contacts = findContacts(text);
  const invalidContacts = findInvalidContacts(text, contacts);
  problems.push(...invalidContacts.map(describeInvalidContact));
  // Invalid contacts are masked too, so "mk@example" gives no name or unit.
  let masked = [...contacts, ...invalidContacts].reduce(
    (current, c) => maskSpan(current, c.index, c.length),
    text,
  );
  const plain = lowerSameLength(masked);
  const lease = findLeaseLength(masked);
  if (lease !== null) {
    masked = maskSpan(masked, lease.index, lease.text.length);
  }

  const found = findDateMentions(masked, {
    now: context.now,
    zone: context.zone,
    today,
    offsetMinutes,
    dateOrder: context.dateOrder ?? 'month-first',
  }).filter((mention) => !isNameMonth(mention, masked));
  const mentions = pairDateRanges(
    found.filter((mention) => mention.kind !== 'time'),
    masked,
  );
  masked = found.reduce((current, m) => maskSpan(current, m.index, m.text.length), masked);
  const datesMasked = lowerSameLength(masked);

  const phrases = findUnitPhrases(masked, createUnitIndex(context.mappings));
  const leads = phrases.map((phrase) =>
    datesMasked.slice(Math.max(0, phrase.index - 30), phrase.index),
  );
  masked = phrases.reduce(
    (current, p) => maskSpan(current, p.index, p.text.length, UNIT_MASK),
    masked,
  );

  const people = findPeople(text, masked, contacts);
  const lowerMasked = lowerSameLength(masked);
  const { intent, kind } = detectIntent({
    plain,
    masked: lowerMasked,
    hasPeople: people.length > 0,
    hasDate: mentions.some((mention) => mention.kind !== 'impossible') || lease !== null,
    unitLeads: leads,
  });
  const dates = assignDates({ intent, mentions, lease, today, masked: datesMasked });

  return {
    intent,
    people: INTENTS_WITHOUT_PEOPLE.has(intent) ? [] : people,
    ...pickUnits(intent, phrases, leads),
    startDate: dates.startDate,
    endDate: dates.endDate,
    window: dates.window,
    kind,
    problems: [...problems, ...dates.problems],
  };
}
