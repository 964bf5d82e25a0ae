// Normal forms for comparing what staff type with mapping values.

// Most words staff type are plain ASCII letters and digits, whose key is their lower case.
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Building and floor key: lower case, single spaces, no surrounding punctuation. */
export function nameKey(text: string): string {
  if (ASCII_WORD.test(text)) {
    return text.toLowerCase();
  }
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Unit key: like nameKey, without "#", spaces or hyphens, so "PH-1" matches "ph1". */
export function unitKey(text: string): string {
  return nameKey(text).replace(/[#\s-]+/g, '');
}

/** Floor key: "1st" and "01" both become "1". */
export function floorKey(text: string): string {
  const key = nameKey(text).replace(/(?<=\d)(st|nd|rd|th)$/, '');
  return /^\d+$/.test(key) ? String(Number(key)) : key;
}

/** Splits a unit key into its number, for "closest unit" suggestions; null if it has none. */
export function unitNumber(key: string): number | null {
  const digits = /\d+/.exec(key);
  return digits === null ? null : Number(digits[0]);
}
