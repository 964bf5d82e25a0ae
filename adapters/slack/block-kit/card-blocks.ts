import type { Card, CardAction, Reply } from '../../../src/bot/replies.js';
import { encodeActionId } from './action-ids.js';
import { BLOCK_KIT_LIMITS as LIMITS, characterCount, truncate } from './limits.js';
import { mrkdwn, plain } from './mrkdwn.js';
import type {
  ActionsBlock,
  Button,
  ConfirmationDialog,
  KnownBlock,
  PlainTextOption,
  SlackMessage,
  StaticSelect,
} from './slack-types.js';

/** More choices than this become one select menu instead of a row of buttons. */
const MAX_ANSWER_BUTTONS = 5;

/** Renders a core text or card reply as a Slack message; a file reply is uploaded instead. */
export function renderReply(reply: Exclude<Reply, { kind: 'file' }>): SlackMessage {
  return reply.kind === 'text' ? renderText(reply.text) : renderCard(reply.card);
}

/** Renders plain text as sections split at line ends, within the message limits. */
export function renderText(text: string): SlackMessage {
  const blocks = textSections(text, LIMITS.blocksPerMessage);
  return { text: fallback(text), blocks };
}

/**
 * Renders a card: a header, its fields, its notes and its actions. Text is shortened to fit
 * Slack's limits. An action whose value would not fit is left out rather than cut, because a
 * cut value would name another proposal or choice.
 */
export function renderCard(card: Card): SlackMessage {
  const actions = actionBlocks(card);
  const budget = LIMITS.blocksPerMessage - actions.length;
  const body: KnownBlock[] = [titleBlock(card.title)];

  const fieldLines = card.fields.map((field) => `*${mrkdwn(field.label)}*  ${mrkdwn(field.value)}`);
  body.push(...sections(fieldLines, budget - body.length - (card.notes.length > 0 ? 1 : 0)));
  body.push(...noteBlocks(card.notes, budget - body.length));

  return { text: fallback(card.fallbackText), blocks: [...body, ...actions] };
}

function fallback(text: string): string {
  return truncate(mrkdwn(text), LIMITS.fallbackText);
}

function titleBlock(title: string): KnownBlock {
  const text = plain(title);
  if (characterCount(text) <= LIMITS.headerText) {
    return { type: 'header', text: { type: 'plain_text', text, emoji: true } };
  }
  // A long title keeps every word in a bold section instead of losing its end in a header.
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(`*${mrkdwn(title)}*`, LIMITS.sectionText) },
  };
}

function textSections(text: string, maxBlocks: number): KnownBlock[] {
  return sections(
    text.split('\n').map((line) => mrkdwn(line)),
    maxBlocks,
  );
}

/** Packs lines into as few sections as their 3000-character limit allows. */
function sections(lines: string[], maxBlocks: number): KnownBlock[] {
  if (lines.length === 0 || maxBlocks <= 0) return [];
  const texts: string[] = [];
  let current = '';
  for (const line of lines.map((each) => truncate(each, LIMITS.sectionText))) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if (characterCount(joined) <= LIMITS.sectionText) {
      current = joined;
      continue;
    }
    texts.push(current);
    current = line;
  }
  texts.push(current);

  if (texts.length > maxBlocks) {
    const shown = texts.slice(0, maxBlocks);
    const last = shown.length - 1;
    shown[last] = truncate(`${shown[last]}\n…`, LIMITS.sectionText);
    return shown.map(section);
  }
  return texts.map(section);
}

function section(text: string): KnownBlock {
  // Slack rejects an empty text object, so a blank line stays a single space.
  return { type: 'section', text: { type: 'mrkdwn', text: text === '' ? ' ' : text } };
}

function noteBlocks(notes: string[], maxBlocks: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (let start = 0; start < notes.length; start += LIMITS.contextElements) {
    if (blocks.length >= maxBlocks) break;
    const chunk = notes.slice(start, start + LIMITS.contextElements);
    blocks.push({
      type: 'context',
      elements: chunk.map((note) => ({
        type: 'mrkdwn',
        text: truncate(mrkdwn(note), LIMITS.contextText),
      })),
    });
  }
  return blocks;
}

function actionBlocks(card: Card): ActionsBlock[] {
  const fitting = card.actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => characterCount(action.value) <= LIMITS.buttonValue);
  if (fitting.length === 0) return [];

  const answers = fitting.filter(({ action }) => action.id === 'answer');
  const others = fitting.filter(({ action }) => action.id !== 'answer');
  const elements: ActionsBlock['elements'] = [];
  if (answers.length > MAX_ANSWER_BUTTONS) {
    const select = answerSelect(answers.map(({ action }) => action));
    if (select !== null) elements.push(select);
  } else {
    elements.push(...answers.map(({ action, index }) => button(action, index)));
  }
  elements.push(...others.map(({ action, index }) => button(action, index)));

  const blocks: ActionsBlock[] = [];
  for (let start = 0; start < elements.length; start += LIMITS.actionsElements) {
    blocks.push({
      type: 'actions',
      elements: elements.slice(start, start + LIMITS.actionsElements),
    });
  }
  return blocks;
}

function button(action: CardAction, index: number): Button {
  // Slack's own confirmation dialog is the second question before a purge, so a danger Confirm
  // goes straight to the purge once the dialog is accepted.
  const purges =
    action.id === 'confirm_purge' || (action.id === 'confirm' && action.style === 'danger');
  const element: Button = {
    type: 'button',
    action_id: encodeActionId(purges ? 'confirm_purge' : action.id, index),
    text: {
      type: 'plain_text',
      text: truncate(plain(action.label), LIMITS.buttonText),
      emoji: true,
    },
    value: action.value,
  };
  if (action.style !== 'default') element.style = action.style;
  if (purges) element.confirm = purgeDialog();
  return element;
}

function purgeDialog(): ConfirmationDialog {
  return {
    title: { type: 'plain_text', text: 'Purge this resident?' },
    text: {
      type: 'plain_text',
      text: 'Wi-Fi ends now and the resident record is deleted from ElevenOS. This cannot be undone.',
    },
    confirm: { type: 'plain_text', text: 'Purge' },
    deny: { type: 'plain_text', text: 'Keep the resident' },
    style: 'danger',
  };
}

function answerSelect(actions: CardAction[]): StaticSelect | null {
  const options: PlainTextOption[] = actions
    .filter((action) => characterCount(action.value) <= LIMITS.optionValue)
    .slice(0, LIMITS.optionsPerSelect)
    .map((action) => ({
      text: { type: 'plain_text', text: truncate(plain(action.label), LIMITS.optionText) },
      value: action.value,
    }));
  if (options.length === 0) return null;
  return {
    type: 'static_select',
    action_id: encodeActionId('answer', 0),
    placeholder: { type: 'plain_text', text: 'Pick one' },
    options,
  };
}
