import { DateTime } from 'luxon';

import { formatZonedClock } from '../../dates/format.js';
import type { Site } from '../../elevenos/types.js';
import type { BulkJob, BulkKind, BulkRow } from '../store/job-types.js';

/** "1 row", "3 rows". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : plural}`;
}

/** "Sat, Dec 5 at 10:14 AM" in the site's zone. */
export function shortMoment(instant: Date, site: Site): string {
  const day = DateTime.fromJSDate(instant, { zone: site.timeZone }).toFormat('ccc, LLL d', {
    locale: 'en-US',
  });
  return `${day} at ${formatZonedClock(instant, site.timeZone)}`;
}

/** Names the place a job works on: "Hudson Yards" or "Riverside floor 2 · Hudson Yards". */
export function placeOf(job: BulkJob, site: Site): string {
  return job.kind === 'import' || job.title === site.name
    ? site.name
    : `${job.title} · ${site.name}`;
}

/** The word for a finished row in progress lines: "30 scheduled", "12 purged". */
export const DONE_WORD: Record<BulkKind, string> = {
  import: 'scheduled',
  move_out: 'set',
  terminate: 'terminated',
  purge: 'purged',
};

/** Names one row in failures: "Row 19 · Riverside 2A" or "Tom Reyes (Riverside 2B)". */
export function rowLabel(row: BulkRow): string {
  if (row.source.kind === 'resident') return `${row.source.name} (${row.source.unit})`;
  const { building, unit } = row.source.cells;
  const place = [building, unit].filter((part) => part !== null).join(' ');
  return place === '' ? `Row ${row.row}` : `Row ${row.row} · ${place}`;
}
