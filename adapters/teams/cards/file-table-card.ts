import type { ReplyFile } from '../../../src/bot/replies.js';
import { adaptiveCard, textBlock, type AdaptiveCardJson } from './adaptive-card.js';

/**
 * Renders a file reply as a card with a table of its first rows, because a bot cannot upload
 * files into a Teams channel. A line under the table states how many rows are left out.
 */
export function renderFileTable(file: ReplyFile): AdaptiveCardJson {
  const { columns, rows, rowCount } = file.preview;
  const body: Record<string, unknown>[] = [textBlock(file.title, { weight: 'Bolder' })];
  if (rows.length > 0) {
    body.push({
      type: 'Table',
      // The last column contains the reason, the longest text, so it gets the most room.
      columns: columns.map((_column, index) => ({ width: index === columns.length - 1 ? 4 : 1 })),
      firstRowAsHeader: true,
      rows: [tableRow(columns, true), ...rows.map((row) => tableRow(row, false))],
    });
  }
  const more = rowCount - rows.length;
  // NOTE: no public address serves these files (the playground's /files/ route serves only its own
  // machine), so the card cannot link to the whole file.
  if (more > 0) {
    const noun = more === 1 ? 'row is' : 'rows are';
    body.push(
      textBlock(
        `${more.toLocaleString('en-US')} more ${noun} not shown, as Teams cannot take the file.`,
        {
          isSubtle: true,
          size: 'Small',
        },
      ),
    );
  }
  const fallback = `${file.title}: ${rows.length} of ${rowCount} rows shown.`;
  return adaptiveCard(body, [], fallback);
}

function tableRow(cells: string[], header: boolean): Record<string, unknown> {
  return {
    type: 'TableRow',
    cells: cells.map((cell) => ({
      type: 'TableCell',
      items: [textBlock(cell === '' ? ' ' : cell, header ? { weight: 'Bolder' } : {})],
    })),
  };
}
