// Input limits that every entry point applies before doing any work, so an oversized message or
// file gets a reply naming the limit instead of tying up the process.

/**
 * Maximum length of a chat message Frontdesk reads. A command is one sentence, and lists of
 * residents belong in a CSV import.
 */
export const MAX_MESSAGE_CHARACTERS = 4_000;

/**
 * Maximum size of a CSV import, in bytes. 10 MiB holds roughly 100,000 rows of about 100 bytes
 * (an estimate), ten times the row limit.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Formats a byte count for a reply, such as "10 MB". */
export function describeBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1)).toLocaleString('en-US')} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;
}

/**
 * Returns the reply for a message longer than MAX_MESSAGE_CHARACTERS, or null for one within it.
 * Characters are counted as Unicode code points, as staff would count them.
 */
export function messageTooLongReply(text: string): string | null {
  // A string of N UTF-16 units has at most N code points, so only a long one needs counting.
  if (text.length <= MAX_MESSAGE_CHARACTERS) return null;
  // Each surrogate pair is one character in two UTF-16 units.
  const pairs = text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0;
  const characters = text.length - pairs;
  if (characters <= MAX_MESSAGE_CHARACTERS) return null;
  return `That message is ${characters.toLocaleString('en-US')} characters long; Frontdesk reads commands of up to ${MAX_MESSAGE_CHARACTERS.toLocaleString('en-US')} characters. Put lists of residents in a CSV and import it.`;
}

/** Returns the reason an import of `bytes` is rejected, or null when it is within MAX_IMPORT_BYTES. */
export function importTooLargeReason(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `The file is ${describeBytes(bytes)}; Frontdesk imports files of up to ${describeBytes(MAX_IMPORT_BYTES)}. Split it into smaller files.`;
}
