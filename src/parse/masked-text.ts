// Extracted phrases are blanked out with a marker of the same length, so positions still line
// up and later steps cannot read a date or unit as part of a name.

export const MASK = '\u0001';

export function maskSpan(text: string, index: number, length: number): string {
  if (length <= 0) {
    return text;
  }
  return text.slice(0, index) + MASK.repeat(length) + text.slice(index + length);
}
