import type { ReplyFile } from '../../../src/bot/replies.js';

/**
 * Lists a file's preview rows as text, for a channel where the bot cannot upload: the title, a
 * line per row, and how many rows are left out.
 */
export function filePreviewText(file: ReplyFile): string {
  const { columns, rows, rowCount } = file.preview;
  const lines = rows.map((row) =>
    row.map((cell, index) => `${columns[index] ?? ''} ${cell}`.trim()).join(' · '),
  );
  const more = rowCount - rows.length;
  const tail =
    more > 0 ? [`…and ${more.toLocaleString('en-US')} more; invite the bot to get the file.`] : [];
  return [
    `${file.title}: the bot is not in this channel, so here are the rows.`,
    ...lines,
    ...tail,
  ].join('\n');
}
