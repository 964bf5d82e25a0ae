// Slack mrkdwn treats &, < and > as control characters: `<@U123>` is a mention and `<!here>` pings
// a channel. Text is escaped, and then user and user-group mentions are restored, because staff
// can mention those people in Slack anyway. `<!here>` and `<!channel>` stay inert.

const USER_MENTION = /&lt;@([UW][A-Z0-9]{2,})&gt;/g;
const GROUP_MENTION = /&lt;!subteam\^(S[A-Z0-9]{2,})&gt;/g;

/** Escapes text for a mrkdwn field, keeping user and user-group mentions clickable. */
export function mrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(USER_MENTION, '<@$1>').replace(GROUP_MENTION, '<!subteam^$1>');
}

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a plain_text field, where a `<@U…>` mention would show raw: "@U…" instead. */
export function plain(text: string): string {
  return text.replace(/<@([UW][A-Z0-9]{2,})>/g, '@$1');
}

/** Formats a Slack user id as a mention, which Slack renders as @name. */
export function mention(userId: string): string {
  return `<@${userId}>`;
}
