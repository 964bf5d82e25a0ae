import { cellsOf, mapColumns, type ColumnMap } from '../csv/columns.js';
import { readCsvRecords, type CsvSource } from '../csv/read-csv.js';
import { BulkFileError } from '../errors.js';
import type { RawImportRow } from './import-row.js';

/** Files larger than this are refused, so one preview stays a reasonable size to store and show. */
export const MAX_IMPORT_ROWS = 10_000;

export interface ImportFile {
  columns: ColumnMap;
  rows: RawImportRow[];
}

/** Reads the header and every data row; throws BulkFileError for a file that is not an import. */
export async function readImportFile(source: CsvSource): Promise<ImportFile> {
  let columns: ColumnMap | null = null;
  const rows: RawImportRow[] = [];
  for await (const record of readCsvRecords(source)) {
    if (columns === null) {
      columns = mapColumns(record.cells);
      continue;
    }
    if (rows.length === MAX_IMPORT_ROWS) {
      throw new BulkFileError(
        `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows. Split it into smaller files.`,
      );
    }
    rows.push({
      row: rows.length + 1,
      cells: cellsOf(record.cells, columns),
      // csv-parse decodes UTF-8 and puts U+FFFD where bytes were not UTF-8.
      undecodable: record.cells.some((cell) => cell.includes('\uFFFD')),
    });
  }
  if (columns === null) throw new BulkFileError('The file is empty.');
  if (rows.length === 0) throw new BulkFileError('The file has a header row but no data rows.');
  return { columns, rows };
}
