// Extracted phrases are blanked out with a marker of the same length, so positions still line
// up and later steps cannot read a date or unit as part of a name.

export const MASK = '\u0001';

/**
 * Marks unit phrases, so intent rules can tell "move-in to <unit>" from "move-in to <date>". It
 * is a private-use character, so it is never a letter, digit or space.
 */
export const UNIT_MASK = '\uE000';

export function maskSpan(text: string, index: number, length: number, marker = MASK): string {
  if (length <= 0) {
    return text;
  }
  return text.slice(0, index) + marker.repeat(length) + text.slice(index + length);
}
