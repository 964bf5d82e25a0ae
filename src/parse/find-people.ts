// Reads resident names from a command whose dates, units and contacts are already masked.
import type { ContactMention } from './find-contacts.js';
import {
  findNameRuns,
  namesAreCapitalised,
  readWords,
  type NameRun,
  type Word,
} from './name-runs.js';
import type { PersonMention } from './types.js';

const AND_JOIN = /^\s*(?:and|&|\+)\s*$/i;
const COMMA_JOIN = /^\s*,\s*$/;

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

/**
 * Returns the surname words a lone first name takes: "Jane and John Doe" or "Jane, John and Jim
 * Doe". The list of lone names must end in "and" before the full name, because with a comma
 * alone ("Jane, John Doe") they may be two residents.
 */
function sharedSurname(runs: NameRun[], from: number, masked: string): Word[] {
  let sawAnd = false;
  for (let i = from + 1; i < runs.length; i += 1) {
    const previous = runs[i - 1];
    const run = runs[i];
    if (previous === undefined || run === undefined) {
      break;
    }
    const join = masked.slice(previous.end, run.start);
    const isAnd = AND_JOIN.test(join);
    if (!isAnd && !COMMA_JOIN.test(join)) {
      break;
    }
    sawAnd = isAnd;
    if (run.words.length >= 2) {
      return sawAnd ? run.words.slice(1) : [];
    }
  }
  return [];
}

function shareSurnames(runs: NameRun[], masked: string): PersonMention[] {
  return runs.map((run, i) =>
    toPerson(
      run.words.length === 1 ? [...run.words, ...sharedSurname(runs, i, masked)] : run.words,
    ),
  );
}

function giveContact(person: PersonMention | undefined, contact: ContactMention): void {
  if (person === undefined) {
    return;
  }
  if (contact.kind === 'email' && person.email === null) {
    person.email = contact.value;
  } else if (contact.kind === 'phone' && person.phone === null) {
    person.phone = contact.value;
  }
}

/**
 * "Jane Doe and John Doe, emails a@x.com and b@x.com": when every contact of one kind comes
 * after the last name and there is one per person, they are given out in order.
 */
function contactsInListOrder(people: PersonMention[], runs: NameRun[], contacts: ContactMention[]) {
  const lastEnd = runs[runs.length - 1]?.end ?? Infinity;
  const listed = new Set<ContactMention>();
  for (const kind of ['email', 'phone'] as const) {
    const ofKind = contacts.filter((contact) => contact.kind === kind);
    const allTrailing = ofKind.every((contact) => contact.index >= lastEnd);
    if (people.length >= 2 && ofKind.length === people.length && allTrailing) {
      ofKind.forEach((contact, i) => {
        giveContact(people[i], contact);
        listed.add(contact);
      });
    }
  }
  return listed;
}

/** Gives each email and phone to the person named just before it, or else to the first one. */
function attachContacts(people: PersonMention[], runs: NameRun[], contacts: ContactMention[]) {
  const listed = contactsInListOrder(people, runs, contacts);
  for (const contact of contacts.filter((candidate) => !listed.has(candidate))) {
    let owner = -1;
    runs.forEach((run, i) => {
      if (run.end <= contact.index) {
        owner = i;
      }
    });
    giveContact(people[owner < 0 ? 0 : owner], contact);
  }
}

/** Finds the people named in `masked`, in order, with their emails and phones. */
export function findPeople(
  text: string,
  masked: string,
  contacts: ContactMention[],
): PersonMention[] {
  const words = readWords(masked);
  const runs = findNameRuns(masked, words, namesAreCapitalised(text, words));
  const people = shareSurnames(runs, masked);
  attachContacts(people, runs, contacts);
  return people;
}
