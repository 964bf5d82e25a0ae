import type { TeamsActivity } from './teams-connection.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

// A reference past U+10FFFF makes String.fromCodePoint throw, so it is kept as written.
function fromCodePoint(codePoint: number, match: string): string {
  return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : match;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) {
      return fromCodePoint(Number.parseInt(name.slice(2), 16), match);
    }
    if (name.startsWith('#')) return fromCodePoint(Number.parseInt(name.slice(1), 10), match);
    return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : match;
  });
}

/**
 * The command in a Teams message: the bot's own @mention removed, other mentions kept as the
 * names they show, HTML tags and entities turned back into text.
 */
export function commandText(activity: TeamsActivity): string {
  // The Bot Connector passes the JSON through unchecked, so each field is narrowed before use.
  let text = typeof activity.text === 'string' ? activity.text : '';
  const botId = activity.recipient?.id;
  const entities: unknown[] = Array.isArray(activity.entities) ? activity.entities : [];
  for (const entity of entities as Partial<NonNullable<TeamsActivity['entities']>[number]>[]) {
    if (
      entity?.type === 'mention' &&
      entity.mentioned?.id === botId &&
      typeof entity.text === 'string' &&
      entity.text !== ''
    ) {
      text = text.split(entity.text).join(' ');
    }
  }
  // Some clients leave the bot's mention out of `entities`; it still leads the text.
  const botName = activity.recipient?.name;
  if (typeof botName === 'string' && text.trimStart().startsWith(`<at>${botName}</at>`)) {
    text = text.trimStart().slice(`<at>${botName}</at>`.length);
  }
  text = text.replace(/<at>(.*?)<\/at>/gi, '$1').replace(/<[^>]*>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}
