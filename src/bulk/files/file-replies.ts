import type { Reply } from '../../bot/replies.js';
import { count } from '../cards/card-words.js';
import type { BulkJob, BulkRow } from '../store/job-types.js';
import { failuresCsv, problemsCsv } from './row-exports.js';

/** How many rows a file's preview table holds, for platforms that cannot receive the file. */
export const FILE_PREVIEW_ROWS = 10;

/** Builds problems.csv of an import preview as a file reply. */
export function problemsFileReply(job: BulkJob, rows: BulkRow[]): Reply {
  return {
    kind: 'file',
    file: {
      name: `problems-${job.id.slice(0, 8)}.csv`,
      mimeType: 'text/csv',
      content: problemsCsv(rows),
      title: `Problems CSV for ${job.title} (${count(rows.length, 'row')})`,
      preview: {
        columns: ['Row', 'Unit', 'Problems'],
        rows: rows
          .slice(0, FILE_PREVIEW_ROWS)
          .map((row) => [String(row.row), unitOf(row), row.problems.join('; ')]),
        rowCount: rows.length,
      },
    },
  };
}

/** Builds failures.csv of a finished job as a file reply. */
export function failuresFileReply(job: BulkJob, rows: BulkRow[]): Reply {
  const residents = rows.some((row) => row.source.kind === 'resident');
  return {
    kind: 'file',
    file: {
      name: `failures-${job.id.slice(0, 8)}.csv`,
      mimeType: 'text/csv',
      content: failuresCsv(rows),
      title: `Failures CSV for ${job.title} (${count(rows.length, 'row')})`,
      preview: {
        columns: [residents ? 'Resident' : 'Row', 'Unit', 'Reason'],
        rows: rows
          .slice(0, FILE_PREVIEW_ROWS)
          .map((row) => [firstCell(row), unitOf(row), row.reason ?? 'not applied']),
        rowCount: rows.length,
      },
    },
  };
}

function firstCell(row: BulkRow): string {
  return row.source.kind === 'resident' ? row.source.name : String(row.row);
}

/** "Riverside 2A" from a file row's building and unit cells, or a resident's unit. */
function unitOf(row: BulkRow): string {
  if (row.source.kind === 'resident') return row.source.unit;
  const { building, unit } = row.source.cells;
  return [building, unit].filter((part) => part !== null && part !== '').join(' ');
}
