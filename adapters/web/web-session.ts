import type { EditResult, Frontdesk } from '../../src/bot/frontdesk.js';
import type { EditField, EditForm, EditValues } from '../../src/bot/edit-form.js';
import type {
  ActionResult,
  Actor,
  Card,
  ConversationAddress,
  Reply,
} from '../../src/bot/replies.js';
import type { Logger } from '../../src/log.js';
import { linkFileReplies } from './file-links.js';
import { WebRequestError } from './web-errors.js';

export interface TranscriptEntry {
  id: number;
  from: 'you' | 'bot';
  reply: Reply;
}

export interface Transcript {
  /** Grows with every change, so the page can ask only for news. */
  revision: number;
  entries: TranscriptEntry[];
}

export interface WebSession {
  readonly actor: Actor;
  readonly conversation: ConversationAddress;
  transcript(): Transcript;
  say(text: string): Promise<void>;
  /** Clicks an action of a card in the transcript; the action must be on that card now. */
  click(entryId: number, actionId: string, value: string): Promise<void>;
  editForm(entryId: number, proposalId: string): Promise<EditForm | null>;
  /** Returns field errors, or null when the edit was applied. */
  submitEdit(
    entryId: number,
    proposalId: string,
    values: EditValues,
  ): Promise<Partial<Record<EditField, string>> | null>;
  /**
   * Adds what the user did and what came back, such as an upload and its preview, and returns
   * the entry ids of the replies. File replies must be turned into links first.
   */
  record(userText: string | null, replies: Reply[]): number[];
  /** Replaces a reply entry in place; returns false when it has left the transcript. */
  replace(entryId: number, reply: Reply): boolean;
}

/** Older entries are dropped past this count, so a long session keeps a bounded transcript. */
export const MAX_ENTRIES = 300;

const FAILURE =
  'Something went wrong on my side and nothing was changed. Try again, or type "help".';

/**
 * Creates the one local user's chat with the core. Each click is checked against the card it came
 * from, so the page can only press buttons the core offered.
 */
export function createWebSession(options: {
  frontdesk: Frontdesk;
  logger: Logger;
  actor?: Actor;
  conversation?: ConversationAddress;
}): WebSession {
  const { frontdesk, logger } = options;
  const actor = options.actor ?? { id: 'web-local', displayName: '@you' };
  const conversation = options.conversation ?? { platform: 'web', channelId: 'playground' };
  const entries: TranscriptEntry[] = [];
  let revision = 0;
  let nextId = 1;

  function append(from: TranscriptEntry['from'], replies: Reply[]): number[] {
    const ids: number[] = [];
    for (const reply of replies) {
      ids.push(nextId);
      entries.push({ id: nextId++, from, reply });
    }
    entries.splice(0, Math.max(0, entries.length - MAX_ENTRIES));
    revision += 1;
    return ids;
  }

  function replaceEntry(entryId: number, reply: Reply): boolean {
    const entry = entries.find((each) => each.id === entryId);
    if (entry === undefined) return false;
    entry.reply = reply;
    revision += 1;
    return true;
  }

  function replaceCard(entryId: number, card: Card): void {
    replaceEntry(entryId, { kind: 'card', card });
  }

  function cardOf(entryId: number): Card {
    const entry = entries.find((each) => each.id === entryId);
    if (entry?.reply.kind !== 'card') {
      throw new WebRequestError(404, `Entry ${entryId} is not a card in this conversation.`);
    }
    return entry.reply.card;
  }

  async function applyResult(entryId: number, result: ActionResult): Promise<void> {
    const replies = await linkFileReplies(result.replies);
    if (result.update !== null) replaceCard(entryId, result.update);
    append('bot', replies);
  }

  /** Runs a call into the core; a failure becomes a chat line, as in the console. */
  async function guarded(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      logger.error({ err: error }, 'web request failed');
      append('bot', [{ kind: 'text', text: FAILURE }]);
    }
  }

  return {
    actor,
    conversation,
    transcript: () => ({ revision, entries: [...entries] }),

    async say(text) {
      append('you', [{ kind: 'text', text }]);
      await guarded(async () => {
        const replies = await frontdesk.handleMessage({ actor, conversation, text });
        append('bot', await linkFileReplies(replies));
      });
    },

    async click(entryId, actionId, value) {
      const offered = cardOf(entryId).actions.some(
        (action) => action.id === actionId && action.value === value,
      );
      if (!offered) throw new WebRequestError(409, 'That button is not on this card any more.');
      await guarded(async () => {
        const result = await frontdesk.handleAction({
          actor,
          conversation,
          actionId,
          value,
          onWorking: (card) => {
            replaceCard(entryId, card);
            return Promise.resolve();
          },
        });
        await applyResult(entryId, result);
      });
    },

    async editForm(entryId, proposalId) {
      checkEditable(cardOf(entryId), proposalId);
      return frontdesk.editForm(proposalId);
    },

    async submitEdit(entryId, proposalId, values) {
      checkEditable(cardOf(entryId), proposalId);
      let result: EditResult | null = null;
      await guarded(async () => {
        result = await frontdesk.submitEdit({ actor, conversation, proposalId, values });
      });
      const settled = result as EditResult | null;
      if (settled === null) return null;
      if (settled.kind === 'errors') return settled.errors;
      await guarded(() => applyResult(entryId, settled.result));
      return null;
    },

    record(userText, replies) {
      if (userText !== null) append('you', [{ kind: 'text', text: userText }]);
      return append('bot', replies);
    },

    replace: replaceEntry,
  };
}

function checkEditable(card: Card, proposalId: string): void {
  if (!card.actions.some((action) => action.id === 'edit' && action.value === proposalId)) {
    throw new WebRequestError(409, 'This card can no longer be edited.');
  }
}
