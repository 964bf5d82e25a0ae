// Slack mrkdwn treats &, < and > as control characters: `<@U123>` is a mention and `<!here>` pings
// a channel. Text typed by staff is escaped; only user mentions that Frontdesk wrote come back.

const USER_MENTION = /&lt;@([UW][A-Z0-9]{2,})&gt;/g;

/** Escapes text for a mrkdwn field, keeping `<@U…>` user mentions clickable. */
export function mrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(USER_MENTION, '<@$1>');
}

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a plain_text field, where a `<@U…>` mention would show raw: "@U…" instead. */
export function plain(text: string): string {
  return text.replace(/<@([UW][A-Z0-9]{2,})>/g, '@$1');
}

/** How Frontdesk names a Slack user in cards and replies: a mention Slack renders as @name. */
export function mention(userId: string): string {
  return `<@${userId}>`;
}
