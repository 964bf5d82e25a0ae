// Checks that a message for staff reads as plain words: no stack trace, no leaked JavaScript
// value, no empty text.

const LEAKS: [RegExp, string][] = [
  [/\n\s+at\s/, 'stack trace'],
  [/\b(?:TypeError|RangeError|SyntaxError|ReferenceError)\b/, 'error class name'],
  [/\[object \w+\]/, '[object ...]'],
  [/\bundefined\b/, 'undefined'],
  [/\bNaN\b/, 'NaN'],
];

/** Lists what makes `text` unfit to show to staff, or returns [] for a plain message. */
export function plainTextBreaks(text: unknown): string[] {
  if (typeof text !== 'string') return [`not a string: ${typeof text}`];
  if (text.trim() === '') return ['empty'];
  return LEAKS.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
}
