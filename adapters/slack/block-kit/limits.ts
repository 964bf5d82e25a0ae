// Slack's documented Block Kit limits (api.slack.com/reference/block-kit). Past them Slack rejects
// the whole message with invalid_blocks, so the renderer shortens text to fit instead.
export const BLOCK_KIT_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  optionText: 75,
  optionValue: 150,
  optionsPerSelect: 100,
  optionGroupLabel: 75,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  modalTitle: 24,
  modalButton: 24,
  inputLabel: 2000,
  plainTextInitialValue: 3000,
  privateMetadata: 3000,
  /** The top-level `text` of a message; Slack truncates past 40,000, so stay well below. */
  fallbackText: 3000,
} as const;

const ELLIPSIS = '…';

/** Shortens `text` to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  // Cut by code point so an emoji or accented letter is never split into a broken surrogate.
  return `${characters.slice(0, Math.max(0, max - 1)).join('')}${ELLIPSIS}`;
}

/** Length as Slack counts it, in characters (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}
