import type { Card } from '../../src/bot/replies.js';
import { shortcutsFor } from './card-shortcuts.js';
import type { MessageReply } from './file-replies.js';

/** Renders a card as terminal text, each action after the number or word that clicks it. */
export function renderCard(card: Card): string {
  const width = Math.max(0, ...card.fields.map((field) => field.label.length)) + 3;
  const lines = [card.title];
  for (const field of card.fields) lines.push(`  ${field.label.padEnd(width)}${field.value}`);
  for (const note of card.notes) lines.push(`  ${note}`);
  if (card.actions.length > 0) {
    lines.push(
      `  ${shortcutsFor(card)
        .map((shortcut) => `[${shortcut.key}] ${shortcut.action.label}`)
        .join('  ')}`,
    );
  }
  return lines.join('\n');
}

/** Renders a text or card reply; `saveFileReplies` turns files into text first. */
export function renderReply(reply: MessageReply): string {
  return reply.kind === 'text' ? reply.text : renderCard(reply.card);
}
