import type { PersonMention } from '../parse/types.js';
import type { Step } from './step.js';
import { question } from './step.js';

const NAME_WORD = /^[\p{L}][\p{L}'’.-]*$/u;

// Scripts that write a whole name without spaces, so "王小明" is one word with its surname first.
const UNSPACED_SCRIPT =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;

/**
 * Asks for the half of a one-word name such as "Cher" or "王小明" that ElevenOS still needs, or
 * returns null when both halves are there.
 */
export function missingNamePartQuestion(person: PersonMention): Step | null {
  const first = person.firstName.trim();
  const last = person.lastName.trim();
  if (first !== '' && last !== '') return null;
  const known = first === '' ? last : first;
  const part = first === '' ? 'first' : 'last';
  return question(
    `What is ${known}'s ${part} name? ElevenOS needs a first and a last name.`,
    'name_part',
  );
}

/**
 * Fills the missing half of `person`'s name from a typed answer. A full name that starts with
 * the known part replaces both, and a surname typed for an unspaced CJK name splits it off the
 * front. Returns null when the answer is not a name.
 */
export function withNamePart(person: PersonMention, answer: string): PersonMention | null {
  const words = answer
    .trim()
    .replace(/[.!?]+$/, '')
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0 || !words.every((word) => NAME_WORD.test(word))) return null;
  const typed = words.join(' ');
  const first = person.firstName.trim();
  const last = person.lastName.trim();

  if (first === '') {
    if (words.length > 1 && words.at(-1)!.toLowerCase() === last.toLowerCase()) {
      return { ...person, firstName: words.slice(0, -1).join(' ') };
    }
    return { ...person, firstName: typed };
  }
  if (words.length > 1 && words[0]!.toLowerCase() === first.toLowerCase()) {
    return { ...person, lastName: words.slice(1).join(' ') };
  }
  if (
    UNSPACED_SCRIPT.test(first) &&
    words.length === 1 &&
    first.length > typed.length &&
    first.startsWith(typed)
  ) {
    return { ...person, firstName: first.slice(typed.length), lastName: typed };
  }
  return { ...person, lastName: typed };
}
