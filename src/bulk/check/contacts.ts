// Checks contact cells before they reach ElevenOS, which rejects a malformed email with a 406.

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>().]{2,}$/;
const PHONE_CHARACTERS = /^\+?[\d\s().-]+(?:\s*(?:x|ext\.?)\s*\d{1,6})?$/i;

/** Checks an email address the way mail systems accept it: one @, a dotted domain, no spaces. */
export function isValidEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}

/**
 * Checks a phone number: digits with the usual separators, an optional leading + and extension,
 * and 7 to 15 digits before any extension (the E.164 maximum is 15).
 */
export function isValidPhone(text: string): boolean {
  if (!PHONE_CHARACTERS.test(text)) return false;
  const main = text.split(/x|ext/i)[0] ?? '';
  const digits = main.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}
