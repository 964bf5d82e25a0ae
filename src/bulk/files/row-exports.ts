import { IMPORT_FIELDS, fieldTitles } from '../csv/columns.js';
import { toCsv } from '../csv/write-csv.js';
import type { BulkRow } from '../store/job-types.js';

/** problems.csv: each problem row with its problems, then its cells as read, to fix and re-import. */
export function problemsCsv(rows: BulkRow[]): string {
  return toCsv(
    ['Row', 'Problems', ...fieldTitles()],
    rows.map((row) => [row.row, row.problems.join('; '), ...cellsOf(row)]),
  );
}

/** failures.csv: each row or resident ElevenOS did not apply, with the reason. */
export function failuresCsv(rows: BulkRow[]): string {
  if (rows.every((row) => row.source.kind === 'file')) {
    return toCsv(
      ['Row', 'Reason', ...fieldTitles()],
      rows.map((row) => [row.row, row.reason, ...cellsOf(row)]),
    );
  }
  return toCsv(
    ['Resident', 'Unit', 'Reason'],
    rows.map((row) =>
      row.source.kind === 'resident'
        ? [row.source.name, row.source.unit, row.reason]
        : [`Row ${row.row}`, null, row.reason],
    ),
  );
}

function cellsOf(row: BulkRow): (string | null)[] {
  if (row.source.kind !== 'file') return IMPORT_FIELDS.map(() => null);
  const { cells } = row.source;
  return IMPORT_FIELDS.map((field) => cells[field]);
}
