import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

import type { Frontdesk } from '../../src/bot/frontdesk.js';
import type { Logger } from '../../src/log.js';
import type { Actor, Card, CardAction, ConversationAddress, Reply } from '../../src/bot/replies.js';
import { renderCard, renderReply } from './render.js';

export interface ConsoleAdapterOptions {
  frontdesk: Frontdesk;
  logger: Logger;
  input: Readable;
  output: Writable;
  /** A terminal gets a prompt; piped input is echoed so a transcript reads as a conversation. */
  interactive: boolean;
  actor?: Actor;
  /** Printed once before the first prompt. */
  banner?: string;
}

const WORD_ACTIONS: Record<string, CardAction['id'][]> = {
  yes: ['confirm', 'confirm_purge', 'answer'],
  y: ['confirm', 'confirm_purge'],
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
  // "yes" answers a question only when it has a single choice, such as "Start today".
  if (candidates.length === 1) return candidates[0]!;
  return candidates.find((action) => action.id !== 'answer') ?? null;
}

/**
 * Runs a chat in the terminal: each line is a message, or a click on the latest card's action
 * by its number or a word (yes, confirm, edit, cancel, undo). Resolves at end of input.
 */
export async function runConsole(options: ConsoleAdapterOptions): Promise<void> {
  const { frontdesk, output, interactive } = options;
  const actor = options.actor ?? { id: 'console', displayName: '@you' };
  const conversation: ConversationAddress = { platform: 'console', channelId: 'local' };
  const lines = createInterface({ input: options.input, terminal: interactive });
  let latestCard: Card | null = null;

  const print = (message: string) => output.write(`${message}\n`);
  const show = (replies: Reply[]) => {
    for (const reply of replies) {
      print(renderReply(reply));
      if (reply.kind === 'card') latestCard = reply.card;
    }
  };
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
    try {
      const action = actionFor(line, latestCard);
      if (action === null) {
        show(await frontdesk.handleMessage({ actor, conversation, text: line }));
      } else {
        const result = await frontdesk.handleAction({
          actor,
          conversation,
          actionId: action.id,
          value: action.value,
        });
        latestCard = result.update;
        if (result.update !== null) print(renderCard(result.update));
        show(result.replies);
      }
    } catch (error) {
      // Details stay in the log; the chat gets a plain sentence and keeps going.
      options.logger.error({ err: error }, 'console line failed');
      print('Something went wrong on my side and nothing was changed. Try again, or type "help".');
    }
    print('');
    prompt();
  }
  lines.close();
}
