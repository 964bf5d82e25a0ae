// Finds emails and phone numbers written wrongly ("mk@example", "ann@@example.com",
// "phone 12345"), so they become problems shown to staff instead of being dropped silently.
import type { ContactMention } from './find-contacts.js';

export interface InvalidContact {
  kind: 'email' | 'phone';
  text: string;
  index: number;
  length: number;
}

// A word with "@" after at least one character. A leading "@" alone ("@jane") is a mention.
const AT_WORD = /(?<![^\s<(["'])[^\s<>()[\]"'@,;]+@[^\s<>()[\]"',;]*/gu;
const PHONE_CUE =
  /\b(?:phone|tel|telephone|mobile|cell|cellphone)(?:\s+(?:number|no\.?|#))?\s*[:=#]?\s*(\+?\d[\d\s().-]*\d|\+?\d)/giu;

function overlaps(index: number, length: number, contacts: ContactMention[]): boolean {
  return contacts.some(
    (contact) => index < contact.index + contact.length && contact.index < index + length,
  );
}

function invalidEmails(text: string, contacts: ContactMention[]): InvalidContact[] {
  const found: InvalidContact[] = [];
  for (const match of text.matchAll(AT_WORD)) {
    const word = match[0].replace(/[.!?:'-]+$/, '');
    if (!overlaps(match.index, word.length, contacts)) {
      found.push({ kind: 'email', text: word, index: match.index, length: word.length });
    }
  }
  return found;
}

function invalidPhones(text: string, contacts: ContactMention[]): InvalidContact[] {
  const found: InvalidContact[] = [];
  for (const match of text.matchAll(PHONE_CUE)) {
    const number = (match[1] ?? '').trim();
    const index = match.index + match[0].length - (match[1] ?? '').length;
    if (number !== '' && !overlaps(index, number.length, contacts)) {
      found.push({ kind: 'phone', text: number, index, length: number.length });
    }
  }
  return found;
}

/** Finds contacts that `findContacts` could not read, in text order. */
export function findInvalidContacts(text: string, contacts: ContactMention[]): InvalidContact[] {
  return [...invalidEmails(text, contacts), ...invalidPhones(text, contacts)].sort(
    (a, b) => a.index - b.index,
  );
}

/** Describes an invalid contact for staff: "mk@example is not an email address". */
export function describeInvalidContact(contact: InvalidContact): string {
  const kindName = contact.kind === 'email' ? 'an email address' : 'a phone number';
  return `${contact.text} is not ${kindName}`;
}
