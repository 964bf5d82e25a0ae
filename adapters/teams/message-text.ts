import type { TeamsActivity } from './teams-connection.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    }
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

/**
 * The command in a Teams message: the bot's own @mention removed, other mentions kept as the
 * names they show, HTML tags and entities turned back into text.
 */
export function commandText(activity: TeamsActivity): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  for (const entity of activity.entities ?? []) {
    if (entity.type === 'mention' && entity.mentioned?.id === botId && entity.text) {
      text = text.split(entity.text).join(' ');
    }
  }
  // Some clients leave the bot's mention out of `entities`; it still leads the text.
  const botName = activity.recipient?.name;
  if (botName !== undefined && text.trimStart().startsWith(`<at>${botName}</at>`)) {
    text = text.trimStart().slice(`<at>${botName}</at>`.length);
  }
  text = text.replace(/<at>(.*?)<\/at>/gi, '$1').replace(/<[^>]*>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
