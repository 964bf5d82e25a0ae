// Corrects one-letter typos in command words ("mvoe in", "terminte", "tommorow"), so the
// intent and date rules see the word staff meant. Names are left alone.
import { editDistance, singleDeletions } from '../units/edit-distance.js';

const COMMAND_WORDS = [
  'move',
  'moving',
  'terminate',
  'purge',
  'transfer',
  'extend',
  'reschedule',
  'postpone',
  'upcoming',
  'digest',
  'subscribe',
  'unsubscribe',
  'delete',
  'remove',
  'resident',
  'schedule',
  'relocate',
  'help',
  'lives',
  'tomorrow',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const KNOWN = new Set(COMMAND_WORDS);
const CALENDAR_WORDS = new Set(COMMAND_WORDS.slice(COMMAND_WORDS.indexOf('monday')));
const BY_DELETION = new Map<string, string[]>();
for (const word of COMMAND_WORDS) {
  for (const variant of singleDeletions(word)) {
    BY_DELETION.set(variant, [...(BY_DELETION.get(variant) ?? []), word]);
  }
}

// Short words collide with real words after one edit, so below this only swaps count.
const MIN_EDIT_LENGTH = 5;
// These are one edit from common names or words ("Marco", "Aprel", "lines"), so only a swap of
// two adjacent letters ("Marhc", "Arpil", "lvies") is corrected.
const SWAP_ONLY = new Set(['march', 'april', 'lives']);

function correction(lower: string): string | null {
  if (KNOWN.has(lower) || lower.length < 4) {
    return null;
  }
  const candidates = new Set<string>();
  for (const variant of singleDeletions(lower)) {
    for (const word of BY_DELETION.get(variant) ?? []) {
      if (editDistance(lower, word, 1) === 1) {
        candidates.add(word);
      }
    }
  }
  const [only, ...others] = [...candidates];
  if (only === undefined || others.length > 0) {
    return null;
  }
  const isSwap =
    only.length === lower.length && [...only].sort().join('') === [...lower].sort().join('');
  if (isSwap) {
    return only;
  }
  return lower.length >= MIN_EDIT_LENGTH && !SWAP_ONLY.has(only) ? only : null;
}

/**
 * Fixes typos of command words. In mixed-case text a capitalised word after the first is taken
 * for a name and kept, unless it is one typo from a month or weekday name.
 */
export function fixTypos(text: string): string {
  const mixedCase = text !== text.toLowerCase() && text !== text.toUpperCase();
  let wordNumber = 0;
  return text.replace(/\p{L}+/gu, (word, offset: number) => {
    wordNumber += 1;
    if (isInsideAddress(text, offset, word.length)) {
      return word;
    }
    const capitalised = word[0] !== word[0]?.toLowerCase();
    const fixed = correction(word.toLowerCase());
    // Month and weekday names are capitalised anyway, so only they are fixed in name position.
    if (
      fixed === null ||
      (mixedCase && capitalised && wordNumber > 1 && !CALENDAR_WORDS.has(fixed))
    ) {
      return word;
    }
    return capitalised ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
  });
}

/** Tells whether a word is part of an email address or domain, which must stay as typed. */
function isInsideAddress(text: string, offset: number, length: number): boolean {
  const before = text[offset - 1] ?? ' ';
  const after = text[offset + length] ?? ' ';
  const afterNext = text[offset + length + 1] ?? ' ';
  return (
    /[@._%+\p{N}-]/u.test(before) || after === '@' || (after === '.' && /\p{L}/u.test(afterNext))
  );
}
