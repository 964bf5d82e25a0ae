import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

import type { Frontdesk } from '../../src/bot/frontdesk.js';
import type { Actor, Card, ConversationAddress, Reply } from '../../src/bot/replies.js';
import type { Logger } from '../../src/log.js';
import { saveFileReplies } from './file-replies.js';
import { LiveCard } from './live-card.js';
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
  /** The card printed last, even one that typed numbers and words no longer reach. */
  latestCard(): Card | null;
}

function cardsOf(replies: Reply[]): Card[] {
  return replies.flatMap((reply) => (reply.kind === 'card' ? [reply.card] : []));
}

/**
 * A chat in text: each line is a message, or a click on the latest card's action by the number
 * or word printed beside it, or a word such as yes, confirm, edit, cancel or undo.
 */
export function createConsoleSession(options: ConsoleSessionOptions): ConsoleSession {
  const { frontdesk } = options;
  const actor = options.actor ?? { id: 'console', displayName: '@you' };
  const conversation: ConversationAddress = { platform: 'console', channelId: 'local' };
  const live = new LiveCard();
  let latestCard: Card | null = null;

  async function respond(line: string): Promise<string[]> {
    const intent = live.read(line);
    if (intent.kind === 'reply') return [intent.text];
    if (intent.kind === 'message') {
      const replies = await frontdesk.handleMessage({ actor, conversation, text: line });
      const cards = cardsOf(replies);
      live.afterMessage(cards, replies.length > 0);
      latestCard = cards.at(-1) ?? latestCard;
      return (await saveFileReplies(replies)).map(renderReply);
    }

    const { action } = intent;
    const result = await frontdesk.handleAction({
      actor,
      conversation,
      actionId: action.id,
      value: action.value,
    });
    const cards = [...(result.update === null ? [] : [result.update]), ...cardsOf(result.replies)];
    live.afterClick(action, cards);
    latestCard = cards.at(-1) ?? latestCard;
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
