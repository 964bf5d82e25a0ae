// Slack sends message text in its own markup: links, emails and phone numbers become
// <target|label>, mentions become <@U123>, and &, < and > are escaped. The core reads plain text.

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

function plainLink(inner: string): string {
  const [target = '', label] = inner.split('|', 2);
  if (target.startsWith('mailto:')) return target.slice('mailto:'.length);
  if (target.startsWith('tel:')) return label ?? target.slice('tel:'.length);
  if (target.startsWith('@') || target.startsWith('#')) return label ?? target;
  // <!here>, <!channel>, <!subteam^S123|@team>: addressed to people, not part of the command.
  if (target.startsWith('!')) return label ?? '';
  return label ?? target;
}

/** Turns Slack message markup into the plain text the staff member typed. */
export function plainTextOf(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_match, inner: string) => plainLink(inner))
    .replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}
