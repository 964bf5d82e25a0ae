import type { CheckedImportRow, ImportCheckContext, RawImportRow } from './import-row.js';
import { checkRow } from './check-row.js';
import { markFileDuplicates } from './file-duplicates.js';
import { indexResidents, markResidentClashes } from './resident-clashes.js';

/**
 * Runs every check on every row: each row alone, then rows against each other, then against the
 * site's residents. Work and memory grow linearly with the rows (plus a sort per unit or email).
 */
export function checkImportRows(
  rows: readonly RawImportRow[],
  context: ImportCheckContext,
): CheckedImportRow[] {
  const checked = rows.map((row) => checkRow(row, context));
  markFileDuplicates(checked);
  markResidentClashes(checked, indexResidents(context.residents), context);
  return checked;
}
