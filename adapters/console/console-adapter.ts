import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

import type { Frontdesk } from '../../src/bot/frontdesk.js';
import type { Actor, Card, CardAction, ConversationAddress } from '../../src/bot/replies.js';
import type { Logger } from '../../src/log.js';
import { saveFileReplies } from './file-replies.js';
import { renderCard, renderReply } from './render.js';

export interface ConsoleSessionOptions {
  frontdesk: Frontdesk;
  logger: Logger;
  actor?: Actor;
}

export interface ConsoleAdapterOptions extends ConsoleSessionOptions {
  input: Readable;
  output: Writable;
  /** A terminal gets a prompt; piped input is echoed so a transcript reads as a conversation. */
  interactive: boolean;
  /** Printed once before the first prompt. */
  banner?: string;
}

export interface ConsoleSession {
  /** Handles one typed line and returns the text to print for it. */
  handleLine(line: string): Promise<string>;
  /** The card that numbers and words act on now. */
  latestCard(): Card | null;
}

const WORD_ACTIONS: Record<string, CardAction['id'][]> = {
  yes: ['confirm', 'confirm_purge', 'answer'],
  y: ['confirm', 'confirm_purge', 'answer'],
  confirm: ['confirm', 'confirm_purge', 'retry'],
  ok: ['confirm', 'confirm_purge'],
  edit: ['edit'],
  cancel: ['cancel'],
  undo: ['undo'],
  retry: ['retry'],
  'try again': ['retry'],
};

/** Finds the action a typed word or number means on the latest card, if any. */
function actionFor(line: string, card: Card | null): CardAction | null {
  if (card === null || card.actions.length === 0) return null;
  const typed = line
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  if (/^\d+$/.test(typed)) return card.actions[Number(typed) - 1] ?? null;
  const ids = WORD_ACTIONS[typed];
  if (ids === undefined) return null;
  const candidates = card.actions.filter((action) => ids.includes(action.id));
  // "yes" answers a question only when it offers a single choice, such as "Start today".
  if (candidates.length === 1) return candidates[0]!;
  return candidates.find((action) => action.id !== 'answer') ?? null;
}

/**
 * Explains a typed click ("yes", "undo") when no card offers any button, instead of sending it
 * to the parser as a command. Anything else goes on: a number or a word may answer a question,
 * and extensions read typed confirmations such as a count.
 */
function missedClick(line: string, card: Card | null, action: CardAction | null): string | null {
  if (action !== null || (card?.actions.length ?? 0) > 0) return null;
  const typed = line
    .trim()
    .toLowerCase()
    .replace(/[.!]+$/, '');
  // "cancel" also drops an open question, which the core handles, so it always goes on.
  if (WORD_ACTIONS[typed] === undefined || typed === 'cancel') return null;
  return 'No card is waiting for that. Type a command, or "help" for the list.';
}

/**
 * A chat in text: each line is a message, or a click on the latest card's action by its number
 * or a word (yes, confirm, edit, cancel, undo).
 */
export function createConsoleSession(options: ConsoleSessionOptions): ConsoleSession {
  const { frontdesk } = options;
  const actor = options.actor ?? { id: 'console', displayName: '@you' };
  const conversation: ConversationAddress = { platform: 'console', channelId: 'local' };
  let latestCard: Card | null = null;

  async function respond(line: string): Promise<string[]> {
    const action = actionFor(line, latestCard);
    const missed = missedClick(line, latestCard, action);
    if (missed !== null) return [missed];
    if (action === null) {
      const replies = await frontdesk.handleMessage({ actor, conversation, text: line });
      for (const reply of replies) if (reply.kind === 'card') latestCard = reply.card;
      return (await saveFileReplies(replies)).map(renderReply);
    }
    const result = await frontdesk.handleAction({
      actor,
      conversation,
      actionId: action.id,
      value: action.value,
    });
    // A click answered with text only (a problems file, a refusal) leaves the card in use.
    if (result.update !== null) latestCard = result.update;
    for (const reply of result.replies) if (reply.kind === 'card') latestCard = reply.card;
    const printed = result.update === null ? [] : [renderCard(result.update)];
    return [...printed, ...(await saveFileReplies(result.replies)).map(renderReply)];
  }

  return {
    async handleLine(line) {
      try {
        return (await respond(line.trim())).join('\n');
      } catch (error) {
        // Details stay in the log; the chat gets a plain sentence and keeps going.
        options.logger.error({ err: error }, 'console line failed');
        return 'Something went wrong on my side and nothing was changed. Try again, or type "help".';
      }
    },
    latestCard: () => latestCard,
  };
}

/** Runs the console chat on streams until the input ends or the user types "exit". */
export async function runConsole(options: ConsoleAdapterOptions): Promise<void> {
  const { output, interactive } = options;
  const session = createConsoleSession(options);
  const lines = createInterface({ input: options.input, terminal: interactive });
  const print = (message: string) => output.write(`${message}\n`);
  const prompt = () => {
    if (interactive) output.write('> ');
  };

  if (options.banner !== undefined) print(options.banner);
  prompt();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      prompt();
      continue;
    }
    if (!interactive) print(`> ${line}`);
    if (/^(exit|quit)$/i.test(line)) break;
    print(await session.handleLine(line));
    print('');
    prompt();
  }
  lines.close();
}
