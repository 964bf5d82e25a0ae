import type { Card, CardAction } from '../../../src/bot/replies.js';
import type { CardSeal } from './card-seal.js';
import { actionVerb, type ActionData } from './card-verbs.js';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Action.Execute (universal actions) needs schema 1.5 in Teams. */
export const ADAPTIVE_CARD_VERSION = '1.5';

export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
  fallbackText: string;
}

const TITLE_COLOR: Record<Card['tone'], string> = {
  info: 'Default',
  success: 'Good',
  warning: 'Warning',
  danger: 'Attention',
};

const ACTION_STYLE: Record<CardAction['style'], string | undefined> = {
  primary: 'positive',
  danger: 'destructive',
  default: undefined,
};

export function adaptiveCard(
  body: Record<string, unknown>[],
  actions: Record<string, unknown>[],
  fallbackText: string,
): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: ADAPTIVE_CARD_VERSION,
    body,
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText,
  };
}

export function textBlock(text: string, extra: Record<string, unknown> = {}) {
  return { type: 'TextBlock', text, wrap: true, ...extra };
}

function executeAction(action: CardAction, source: ActionData['source']) {
  const data: ActionData = { value: action.value, label: action.label, source };
  const style = ACTION_STYLE[action.style];
  return {
    type: 'Action.Execute',
    title: action.label,
    verb: actionVerb(action.id),
    data,
    ...(style === undefined ? {} : { style }),
  };
}

/** Renders a core card: title in its tone's colour, fields as facts, notes, Action.Execute buttons. */
export function renderCard(card: Card, seal: CardSeal): AdaptiveCardJson {
  const body: Record<string, unknown>[] = [
    textBlock(card.title, { weight: 'Bolder', size: 'Medium', color: TITLE_COLOR[card.tone] }),
  ];
  if (card.fields.length > 0) {
    body.push({
      type: 'FactSet',
      facts: card.fields.map((field) => ({ title: field.label, value: field.value })),
    });
  }
  for (const note of card.notes) body.push(textBlock(note, { isSubtle: true, size: 'Small' }));
  const source = card.actions.length > 0 ? seal.seal(card) : null;
  const actions =
    source === null ? [] : card.actions.map((action) => executeAction(action, source));
  return adaptiveCard(body, actions, card.fallbackText);
}

/**
 * Renders a text reply. Each line is its own TextBlock because Teams joins single line breaks
 * inside one; a blank line adds space before the next.
 */
export function renderText(text: string): AdaptiveCardJson {
  const body: Record<string, unknown>[] = [];
  let gap = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      gap = true;
      continue;
    }
    const spacing = body.length === 0 ? {} : { spacing: gap ? 'Medium' : 'None' };
    body.push(textBlock(line, spacing));
    gap = false;
  }
  return adaptiveCard(body.length > 0 ? body : [textBlock(' ')], [], text);
}
