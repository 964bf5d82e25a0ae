// Finds email addresses and phone numbers, which belong to the name written just before them.

export interface ContactMention {
  kind: 'email' | 'phone';
  value: string;
  index: number;
  length: number;
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE = new RegExp(
  [
    // +1 (555) 010-0142, 555-010-0142, 555.010.0142, 555 010 0142
    String.raw`(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}`,
    // +44 20 7946 0958 and other international numbers
    String.raw`\+\d{1,3}(?:[\s.-]?\d{1,4}){2,5}`,
    // 5550100142
    String.raw`\d{10,11}`,
    // 555-0142
    String.raw`\d{3}-\d{4}`,
  ]
    .map((pattern) => `(?<![\\p{L}\\p{N}+/.-])(?:${pattern})(?![\\p{N}/]|-\\d)`)
    .join('|'),
  'gu',
);

export function findContacts(text: string): ContactMention[] {
  const contacts: ContactMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const match of text.matchAll(EMAIL)) {
    const value = match[0].replace(/[.'-]+$/, '');
    contacts.push({ kind: 'email', value, index: match.index, length: value.length });
    taken.push([match.index, match.index + value.length]);
  }
  for (const match of text.matchAll(PHONE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken.some(([from, to]) => start < to && end > from)) {
      continue;
    }
    contacts.push({ kind: 'phone', value: match[0].trim(), index: start, length: match[0].length });
  }
  return contacts.sort((a, b) => a.index - b.index);
}
