import type { Card, CardAction } from '../../src/bot/replies.js';

/** A typed key that clicks one action of a card, printed in brackets: "1", "undo". */
export interface Shortcut {
  key: string;
  action: CardAction;
}

/**
 * Actions that follow a confirmation and cannot be taken back. A card that offers one gets words
 * instead of numbers, so a "1" typed twice can never confirm a change and then act on the card
 * that confirmation printed.
 */
const FOLLOW_UP_KEYS: Record<string, string> = { undo: 'undo', confirm_purge: 'yes' };

/** Words a card in word mode shows for its other actions. */
const WORD_KEYS: Record<string, string> = { edit: 'edit', retry: 'retry', cancel: 'cancel' };

/** Extra words accepted for an action, beyond the key printed on the card. */
const ALIASES: Record<string, CardAction['id'][]> = {
  yes: ['confirm', 'confirm_purge', 'bulk_send', 'answer'],
  y: ['confirm', 'confirm_purge', 'bulk_send', 'answer'],
  confirm: ['confirm', 'confirm_purge', 'bulk_send', 'retry'],
  ok: ['confirm', 'confirm_purge', 'bulk_send'],
  edit: ['edit'],
  cancel: ['cancel'],
  undo: ['undo'],
  retry: ['retry'],
  'try again': ['retry'],
};

/** Words that mean "click the main button", which a card that is already done must not take. */
export const CONFIRM_WORDS = new Set(['yes', 'y', 'confirm', 'ok', 'okay', 'go ahead', 'send']);

/** Words that mean "no" to a purge check; they reach its cancel action only. */
const KEEP_WORDS = new Set(['no', 'keep', 'n']);

/** Lower-cases a typed line and drops closing punctuation, so "Yes!" reads as "yes". */
export function normalizeTyped(line: string): string {
  return line
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
}

/** Returns whether the card is shown with words rather than numbers. */
function usesWords(card: Card): boolean {
  return card.actions.some((action) => FOLLOW_UP_KEYS[action.id] !== undefined);
}

/** Lists the keys a card is printed with: numbers from 1, or words on a follow-up card. */
export function shortcutsFor(card: Card): Shortcut[] {
  if (!usesWords(card))
    return card.actions.map((action, index) => ({ key: `${index + 1}`, action }));

  const purgeCheck = card.actions.some((action) => action.id === 'confirm_purge');
  return card.actions.map((action, index) => {
    if (purgeCheck && action.id === 'cancel') return { key: 'no', action };
    const key = FOLLOW_UP_KEYS[action.id] ?? WORD_KEYS[action.id] ?? `${index + 1}`;
    return { key, action };
  });
}

/** Finds the action a typed word or number means on a card, if any. */
export function findShortcut(line: string, card: Card): CardAction | null {
  const typed = normalizeTyped(line);
  const shortcuts = shortcutsFor(card);
  const printed = shortcuts.find((shortcut) => shortcut.key === typed);
  if (printed !== undefined) return printed.action;
  // A number the card was not printed with clicks nothing, even if the card has that many actions.
  if (/^\d+$/.test(typed)) return null;

  if (KEEP_WORDS.has(typed)) {
    const purgeCheck = card.actions.some((action) => action.id === 'confirm_purge');
    return purgeCheck ? (card.actions.find((action) => action.id === 'cancel') ?? null) : null;
  }
  const ids = ALIASES[typed];
  if (ids === undefined) return null;
  const candidates = card.actions.filter((action) => ids.includes(action.id));
  // "yes" answers a question only when it offers a single choice, such as "Start today".
  if (candidates.length === 1) return candidates[0]!;
  return candidates.find((action) => action.id !== 'answer') ?? null;
}

/** Returns whether a typed word would click a button, such as "yes", "undo" or "cancel". */
export function isClickWord(line: string): boolean {
  const typed = normalizeTyped(line);
  return ALIASES[typed] !== undefined || CONFIRM_WORDS.has(typed);
}

/** Describes the keys of a card for a hint: `"yes" (Yes, purge) or "no" (Keep the resident)`. */
export function describeKeys(card: Card): string {
  return shortcutsFor(card)
    .map((shortcut) => `"${shortcut.key}" (${shortcut.action.label})`)
    .join(' or ');
}
