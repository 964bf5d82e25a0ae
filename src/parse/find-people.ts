// Reads resident names from a command whose dates, units and contacts are already masked.
import { MONTH_BY_WORD, WEEKDAY_BY_WORD } from '../dates/calendar-words.js';
import { NAME_LIKE_WORDS, NAME_PARTICLES, NON_NAME_WORDS } from './command-words.js';
import type { ContactMention } from './find-contacts.js';
import type { PersonMention } from './types.js';

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

interface NameRun {
  words: Word[];
  start: number;
  end: number;
}

const WORD_PATTERN = /\p{L}[\p{L}\p{M}]*(?:['-]\p{L}[\p{L}\p{M}]*)*(?:'s\b|'(?!\p{L}))?/gu;
const MAX_NAME_WORDS = 5;
const LIST_JOIN = /^\s*(?:and|&|\+)\s*$/i;

function readWords(masked: string): Word[] {
  return [...masked.matchAll(WORD_PATTERN)].map((match) => {
    // A possessive ("Doe's move-in") belongs to the sentence, not to the name.
    const text = match[0].replace(/'s$|'$/, '');
    return { text, lower: text.toLowerCase(), start: match.index, end: match.index + text.length };
  });
}

function isCapitalised(word: Word): boolean {
  const first = word.text[0] ?? '';
  return first !== first.toLowerCase();
}

function isNameWord(word: Word, needCapital: boolean, next: Word | undefined): boolean {
  if (NON_NAME_WORDS.has(word.lower)) {
    // "Will Turner": a capitalised name-like word counts when a name word follows it.
    return (
      needCapital &&
      isCapitalised(word) &&
      NAME_LIKE_WORDS.has(word.lower) &&
      next !== undefined &&
      isCapitalised(next) &&
      !NON_NAME_WORDS.has(next.lower)
    );
  }
  return !needCapital || isCapitalised(word);
}

/** In mixed-case text names are capitalised, so lower-case leftovers ("asap") are not names. */
function namesAreCapitalised(text: string, words: Word[]): boolean {
  if (text === text.toLowerCase() || text === text.toUpperCase()) {
    return false;
  }
  return words.some((word, i) => i > 0 && !NON_NAME_WORDS.has(word.lower) && isCapitalised(word));
}

function findRuns(masked: string, words: Word[], needCapital: boolean): NameRun[] {
  const runs: NameRun[] = [];
  let current: Word[] = [];
  const close = () => {
    while (current.length > 0 && NAME_PARTICLES.has(current[current.length - 1]?.lower ?? '')) {
      current.pop();
    }
    const first = current[0];
    const last = current[current.length - 1];
    if (first !== undefined && last !== undefined) {
      runs.push({ words: current, start: first.start, end: last.end });
    }
    current = [];
  };
  words.forEach((word, i) => {
    const previous = current[current.length - 1];
    const adjacent = previous !== undefined && /^ +$/.test(masked.slice(previous.end, word.start));
    if (previous !== undefined && !adjacent) {
      close();
    }
    const particle = current.length > 0 && NAME_PARTICLES.has(word.lower);
    if (particle || isNameWord(word, needCapital, words[i + 1])) {
      current.push(word);
    } else {
      close();
    }
  });
  close();
  return runs.filter((run) => isPlausibleName(run));
}

function isPlausibleName(run: NameRun): boolean {
  if (run.words.length > MAX_NAME_WORDS) {
    return false;
  }
  const only = run.words.length === 1 ? run.words[0]?.lower : undefined;
  return only === undefined || (!MONTH_BY_WORD.has(only) && !WEEKDAY_BY_WORD.has(only));
}

function toPerson(words: Word[]): PersonMention {
  return {
    firstName: words[0]?.text ?? '',
    lastName: words
      .slice(1)
      .map((word) => word.text)
      .join(' '),
    email: null,
    phone: null,
  };
}

/** "Jane and John Doe": a lone first name before "and" takes the surname that follows. */
function shareSurnames(runs: NameRun[], masked: string): PersonMention[] {
  return runs.map((run, i) => {
    const next = runs[i + 1];
    const joined = next !== undefined && LIST_JOIN.test(masked.slice(run.end, next.start));
    if (run.words.length === 1 && joined && next.words.length >= 2) {
      return toPerson([...run.words, ...next.words.slice(1)]);
    }
    return toPerson(run.words);
  });
}

/** Gives each email and phone to the person named just before it, or else to the first one. */
function attachContacts(people: PersonMention[], runs: NameRun[], contacts: ContactMention[]) {
  for (const contact of contacts) {
    let owner = -1;
    runs.forEach((run, i) => {
      if (run.end <= contact.index) {
        owner = i;
      }
    });
    const person = people[owner < 0 ? 0 : owner];
    if (person === undefined) {
      continue;
    }
    if (contact.kind === 'email' && person.email === null) {
      person.email = contact.value;
    } else if (contact.kind === 'phone' && person.phone === null) {
      person.phone = contact.value;
    }
  }
}

/** Finds the people named in `masked`, in order, with their emails and phones. */
export function findPeople(
  text: string,
  masked: string,
  contacts: ContactMention[],
): PersonMention[] {
  const words = readWords(masked);
  const runs = findRuns(masked, words, namesAreCapitalised(text, words));
  const people = shareSurnames(runs, masked);
  attachContacts(people, runs, contacts);
  return people;
}
