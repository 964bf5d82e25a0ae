import type { Card, CardAction } from '../../src/bot/replies.js';
import {
  CONFIRM_WORDS,
  describeKeys,
  findShortcut,
  isClickWord,
  normalizeTyped,
  shortcutsFor,
} from './card-shortcuts.js';

/** Clicks that send a change, so the card they print is done unless it shows another question. */
const SENDING_IDS = new Set<CardAction['id']>(['confirm', 'confirm_purge', 'retry', 'bulk_send']);

/** Actions that ask for or send a change: a card offering one still waits for a decision. */
const DECIDING_IDS = new Set<CardAction['id']>([...SENDING_IDS, 'bulk_purge']);

/** The effect of a typed line on the card printed last. */
export type TypedIntent =
  { kind: 'click'; action: CardAction } | { kind: 'reply'; text: string } | { kind: 'message' };

/**
 * The card whose buttons typed numbers and words click. Only the latest output counts: once a
 * reply without a card is printed, the card before it takes no more typed clicks, so a "yes"
 * typed later cannot act on a card the user has scrolled past.
 */
export class LiveCard {
  private card: Card | null = null;
  /** Whether the line that printed the card already confirmed its change. */
  private done = false;
  /** Whether a card with buttons was printed and then pushed out by another reply. */
  private expired = false;
  /**
   * The latest change's card while it offers Undo. A typed "undo" names its target plainly, so
   * it still reaches this card after a lookup such as "find Priya Nair" printed something else.
   */
  private undoable: Card | null = null;

  /** Reads a typed line against the live card: a click, a reply from the console, or a message. */
  read(line: string): TypedIntent {
    const typed = normalizeTyped(line);
    const number = /^\d+$/.test(typed);
    const card = this.card;

    if (card !== null) {
      const action = findShortcut(typed, card);
      if (action !== null) return { kind: 'click', action };
      if (this.done && (number || CONFIRM_WORDS.has(typed))) {
        return { kind: 'reply', text: alreadyDone(card) };
      }
      if (number && card.actions.length > 0 && shortcutsFor(card)[0]?.key !== '1') {
        return {
          kind: 'reply',
          text: `This card takes words, not numbers. Type ${describeKeys(card)}.`,
        };
      }
      // A card with buttons lets other typed words through, because extensions read them
      // (a bulk preview takes "yes" and "no" as text).
      if (card.actions.length > 0 || !isClickWord(typed)) return { kind: 'message' };
    }

    const undo = this.undoable?.actions.find((action) => action.id === 'undo');
    if (typed === 'undo' && undo !== undefined) return { kind: 'click', action: undo };
    // "cancel" also drops an open question, which the core handles, so it always goes on.
    if (typed === 'cancel') return { kind: 'message' };
    if (this.expired && (isClickWord(typed) || typed === 'no' || typed === 'keep')) {
      return {
        kind: 'reply',
        text: `The card for that is no longer the latest message, so "${typed}" did nothing. Scroll up and type the card's command again for a new card.`,
      };
    }
    if (isClickWord(typed)) {
      return {
        kind: 'reply',
        text: 'No card is waiting for that. Type a command, or "help" for the list.',
      };
    }
    return { kind: 'message' };
  }

  /**
   * Records what a typed message printed. Its card is never marked done: the message may have
   * answered a question (a purge's count) whose next card waits for more typing.
   */
  afterMessage(printed: Card[], hadOutput: boolean): void {
    const last = printed.at(-1);
    if (last !== undefined) {
      this.show(last, false);
    } else if (hadOutput) {
      this.expired = this.expired || (this.card?.actions.length ?? 0) > 0;
      this.card = null;
      this.done = false;
    }
  }

  /** Records what a click printed. A click that returns text only leaves the card live. */
  afterClick(action: CardAction, printed: Card[]): void {
    const last = printed.at(-1);
    if (last !== undefined) this.show(last, SENDING_IDS.has(action.id));
  }

  private show(card: Card, confirmed: boolean): void {
    const offersUndo = card.actions.some((action) => action.id === 'undo');
    // A newer change without Undo (a purge) ends the older one's, so "undo" never skips back.
    if (offersUndo || confirmed) this.undoable = offersUndo ? card : null;
    this.card = card;
    this.expired = false;
    this.done = confirmed && !card.actions.some((action) => DECIDING_IDS.has(action.id));
  }
}

/** Explains a second "yes" or "1" after a change was confirmed, pointing to Undo if offered. */
function alreadyDone(card: Card): string {
  const undo = card.actions.some((action) => action.id === 'undo');
  return `That was already confirmed, so nothing more was sent.${undo ? ' Type "undo" to undo it.' : ''}`;
}
