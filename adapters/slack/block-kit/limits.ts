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

/**
 * Returns the length in UTF-16 code units. Slack does not document whether its limits count
 * code units or code points. Code units are never fewer, so text measured this way fits both.
 */
export function characterCount(text: string): number {
  return text.length;
}

/** Shortens `text` to at most `max` code units, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let prefix = '';
  // Cut between code points so an emoji is never split into half a surrogate pair.
  for (const character of text) {
    if (prefix.length + character.length > max - ELLIPSIS.length) break;
    prefix += character;
  }
  return `${prefix}${ELLIPSIS}`;
}
