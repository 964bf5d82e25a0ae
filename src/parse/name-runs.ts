// Splits a masked command into runs of adjacent words that read as one resident's name.
import { MONTH_BY_WORD, WEEKDAY_BY_WORD } from '../dates/calendar-words.js';
import {
  NAME_LIKE_WORDS,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  SURNAME_LIKE_WORDS,
} from './command-words.js';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export interface NameRun {
  words: Word[];
  start: number;
  end: number;
}

// A word starts at a letter that does not follow a digit, so the "E" of unit "2E" is no name.
const WORD_PATTERN =
  /(?<![\p{N}\p{L}\p{M}])\p{L}[\p{L}\p{M}]*(?:['-]\p{L}[\p{L}\p{M}]*)*(?:'s\b|'(?!\p{L}))?/gu;
const MAX_NAME_WORDS = 5;

export function readWords(masked: string): Word[] {
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

/** In mixed-case text names are capitalised, so lower-case leftovers ("asap") are not names. */
export function namesAreCapitalised(text: string, words: Word[]): boolean {
  if (text === text.toLowerCase() || text === text.toUpperCase()) {
    return false;
  }
  return words.some((word, i) => i > 0 && !NON_NAME_WORDS.has(word.lower) && isCapitalised(word));
}

/**
 * Tells whether `word` can start or extend a name. A name-like command word ("Will", "May")
 * counts only when a name word follows it; in mixed-case text both must be capitalised.
 */
function isNameWord(word: Word, needCapital: boolean, next: Word | undefined): boolean {
  if (!NON_NAME_WORDS.has(word.lower)) {
    return !needCapital || isCapitalised(word);
  }
  if (!NAME_LIKE_WORDS.has(word.lower) || next === undefined || NON_NAME_WORDS.has(next.lower)) {
    return false;
  }
  return !needCapital || (isCapitalised(word) && isCapitalised(next));
}

/** "Doris Day", "Anh Do": a capitalised surname that is also a command word ends a name. */
function isSurnameWord(word: Word, needCapital: boolean): boolean {
  return needCapital && isCapitalised(word) && SURNAME_LIKE_WORDS.has(word.lower);
}

/**
 * Drops particles left at the end of a run ("… de"). A capitalised one in mixed-case text is a
 * surname ("Thanh Le"), and so is the second word of a two-word run in lower-case text.
 */
function trimParticles(words: Word[], needCapital: boolean): Word[] {
  const nameWords = [...words];
  let last = nameWords[nameWords.length - 1];
  while (last !== undefined && NAME_PARTICLES.has(last.lower)) {
    const isSurname = needCapital ? isCapitalised(last) : nameWords.length === 2;
    if (isSurname) {
      break;
    }
    nameWords.pop();
    last = nameWords[nameWords.length - 1];
  }
  return nameWords;
}

function isPlausibleName(run: NameRun): boolean {
  if (run.words.length > MAX_NAME_WORDS) {
    return false;
  }
  const only = run.words.length === 1 ? run.words[0]?.lower : undefined;
  return only === undefined || (!MONTH_BY_WORD.has(only) && !WEEKDAY_BY_WORD.has(only));
}

function isAdjacent(masked: string, first: Word, second: Word): boolean {
  return /^ +$/.test(masked.slice(first.end, second.start));
}

/** Returns the runs of name words in `masked`, in text order. */
export function findNameRuns(masked: string, words: Word[], needCapital: boolean): NameRun[] {
  const runs: NameRun[] = [];
  let current: Word[] = [];
  const close = () => {
    const nameWords = trimParticles(current, needCapital);
    const first = nameWords[0];
    const last = nameWords[nameWords.length - 1];
    if (first !== undefined && last !== undefined) {
      runs.push({ words: nameWords, start: first.start, end: last.end });
    }
    current = [];
  };

  words.forEach((word, i) => {
    const previous = current[current.length - 1];
    if (previous !== undefined && !isAdjacent(masked, previous, word)) {
      close();
    }
    const following = words[i + 1];
    const next =
      following !== undefined && isAdjacent(masked, word, following) ? following : undefined;
    const continuesName =
      current.length > 0 && (NAME_PARTICLES.has(word.lower) || isSurnameWord(word, needCapital));
    if (continuesName || isNameWord(word, needCapital, next)) {
      current.push(word);
    } else {
      close();
    }
  });
  close();
  return runs.filter((run) => isPlausibleName(run));
}
