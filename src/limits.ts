// Input limits that every entry point applies before doing any work, so an oversized message or
// file gets a reply naming the limit instead of tying up the process.

/**
 * Longest chat message Frontdesk reads. A command is one sentence; lists of residents belong in
 * a CSV import. Slack itself accepts up to 40,000 characters in a message.
 */
export const MAX_MESSAGE_CHARACTERS = 4_000;

/** Largest CSV import, in bytes (10 MiB: about 100,000 typical rows, ten times the row limit). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Formats a byte count for a reply, such as "10 MB". */
export function describeBytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1)).toLocaleString('en-US')} MB`;
  return `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KB`;
}
