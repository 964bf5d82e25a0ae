import type { CalendarDate } from '../../dates/calendar.js';
import type { NewResident, Resident, Site } from '../../elevenos/types.js';
import type { DateOrder } from '../../parse/types.js';
import type { UnitIndex } from '../../units/unit-index.js';
import type { ImportCells } from '../csv/columns.js';

/** One data row as read from the file. */
export interface RawImportRow {
  /** 1-based position among the data rows: the header and blank lines are not counted. */
  row: number;
  cells: ImportCells;
  /** True when some bytes were not UTF-8 and were replaced. */
  undecodable: boolean;
}

/** A data row after every check; it is ready when it has no problems. */
export interface CheckedImportRow {
  row: number;
  cells: ImportCells;
  /** Plain-words problems, in the order they were found. */
  problems: string[];
  /** The resident that would be sent, built whenever the names, unit and dates are usable. */
  resident: NewResident | null;
  startDate: CalendarDate | null;
  endDate: CalendarDate | null;
}

/** The data the checks compare a file with: the site, its units and its current residents. */
export interface ImportCheckContext {
  site: Site;
  index: UnitIndex;
  residents: readonly Resident[];
  now: Date;
  dateOrder: DateOrder;
}

export function isReady(row: CheckedImportRow): boolean {
  return row.problems.length === 0;
}
