// Turns a chat message into plain text. Slack and Teams markup, HTML, smart quotes, emoji, extra
// spaces and a leading mention of the bot are removed. Case is kept because names keep it.

const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '-',
  mdash: '-',
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  hellip: '...',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, body: string) => {
    const lower = body.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : Number(lower.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return HTML_ENTITIES[lower] ?? entity;
  });
}

/** Replaces Slack's `<...>` markup with the text a person would read. */
function stripSlackMarkup(text: string): string {
  return text
    .replace(/<[@!][^<>]*>/g, ' ')
    .replace(/<#[A-Z0-9]+(?:\|([^<>]*))?>/g, (_all, name?: string) => ` ${name ?? 'channel'} `)
    .replace(/<mailto:([^|<>]+)(?:\|[^<>]*)?>/gi, ' $1 ')
    .replace(/<tel:([^|<>]+)(?:\|([^<>]*))?>/gi, (_all, number: string, label?: string) => {
      return ` ${label ?? number} `;
    })
    .replace(/<(?:https?|ftp):[^|<>]*\|([^<>]*)>/gi, ' $1 ')
    .replace(/<((?:https?|ftp):[^|<>]*)>/gi, ' $1 ');
}

function stripHtml(text: string): string {
  return text
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(?:p|div|li)>/gi, ' ')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, ' ');
}

// Format characters (\p{Cf}: zero-width spaces and joiners, soft hyphens, direction marks) are
// invisible, so one inside a word ("Hud\u200Bson") would split it for no visible reason.
function plainCharacters(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]/gu, ' ')
    .replace(/\uFE0E|\uFE0F|\u20E3/g, '')
    .replace(/:[a-z0-9_+-]*[a-z][a-z0-9_+-]*:/g, ' ');
}

function stripFormatting(text: string): string {
  return text
    .replace(/[*~`]+/g, ' ')
    .replace(/(^|\s)_+(?=\S)|(?<=\S)_+(?=\s|$)/g, '$1')
    .replace(/\p{Cc}/gu, ' ');
}

/** Removes a leading "@Frontdesk", "Frontdesk," or "hey frontdesk". */
function stripBotMention(text: string): string {
  return text
    .replace(/^(?:\s*@[\p{L}\p{N}._-]+[,:]?)+/u, ' ')
    .replace(/^\s*((?:hey|hi|hello|ok|okay)[\s,]+)?frontdesk\b[\s,:!-]*/iu, ' $1');
}

/** Returns the command as plain text with single spaces. */
export function normalizeText(raw: string): string {
  // NFKC folds compatibility forms to plain ones: full-width "Ｈｕｄｓｏｎ １０２" becomes
  // "Hudson 102" and the ligature "ﬁ" becomes "fi".
  let text = raw.normalize('NFKC');
  text = stripSlackMarkup(text);
  text = stripHtml(text);
  text = decodeEntities(text);
  text = plainCharacters(text);
  text = stripFormatting(text);
  text = stripBotMention(text.trim());
  return text.replace(/\s+/g, ' ').trim();
}
