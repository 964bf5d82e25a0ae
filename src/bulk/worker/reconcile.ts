// Learns what a bulk job did by reading the residents back. ElevenOS reports jobs only by email
// to the API account, so the residents it lists are the only outcome Frontdesk can read.
import { matchesNewResident } from '../../elevenos/read-back.js';
import type { Resident, Site } from '../../elevenos/types.js';
import { clashOf, indexResidents } from '../check/resident-clashes.js';
import { intervalOf, placeKey } from '../check/service-interval.js';
import type { BulkKind, BulkRow } from '../store/job-types.js';

/** The outcome that the residents show for one sent row. */
export type RowVerdict =
  | { status: 'done'; residentId: string | null }
  | { status: 'failed'; reason: string }
  /** Not visible yet, and nothing explains why: the job may still be running. */
  | { status: 'waiting' };

export function reconcileRows(
  kind: BulkKind,
  rows: BulkRow[],
  residents: Resident[],
  context: { site: Site; now: Date },
): Map<number, RowVerdict> {
  return kind === 'import'
    ? reconcileImport(rows, residents, context)
    : reconcileResidents(kind, rows, residents);
}

function reconcileImport(
  rows: BulkRow[],
  residents: Resident[],
  context: { site: Site; now: Date },
): Map<number, RowVerdict> {
  const byPlaceAndStart = new Map<string, Resident[]>();
  const keyOf = (place: Parameters<typeof placeKey>[0], start: number) =>
    `${placeKey(place)}\u0000${start}`;
  for (const resident of residents) {
    const key = keyOf(resident, intervalOf(resident).start);
    const list = byPlaceAndStart.get(key);
    if (list === undefined) byPlaceAndStart.set(key, [resident]);
    else list.push(resident);
  }

  const claimed = new Set<string>();
  const others = indexResidents(residents);
  const verdicts = new Map<number, RowVerdict>();
  for (const row of rows) {
    if (row.payload?.kind !== 'new_resident') continue;
    const sent = row.payload.resident;
    const candidates = byPlaceAndStart.get(keyOf(sent, intervalOf(sent).start)) ?? [];
    const match = candidates.find(
      (each) => !claimed.has(each.residentId) && matchesNewResident(each, sent),
    );
    if (match !== undefined) {
      claimed.add(match.residentId);
      verdicts.set(row.row, { status: 'done', residentId: match.residentId });
      continue;
    }
    // A clash ElevenOS will not get past, such as a resident scheduled there after the preview.
    const clash = clashOf({ resident: sent }, others, context);
    verdicts.set(
      row.row,
      clash === null ? { status: 'waiting' } : { status: 'failed', reason: clash },
    );
  }
  return verdicts;
}

function reconcileResidents(
  kind: BulkKind,
  rows: BulkRow[],
  residents: Resident[],
): Map<number, RowVerdict> {
  const byId = new Map(residents.map((resident) => [resident.residentId, resident]));
  const verdicts = new Map<number, RowVerdict>();
  for (const row of rows) {
    if (row.payload?.kind !== 'resident') continue;
    const current = byId.get(row.payload.residentId);
    const id = row.payload.residentId;
    if (kind === 'purge') {
      verdicts.set(
        row.row,
        current === undefined ? { status: 'done', residentId: id } : { status: 'waiting' },
      );
    } else if (current === undefined) {
      const reason = 'no longer exists in ElevenOS; someone may have purged it';
      verdicts.set(row.row, { status: 'failed', reason });
    } else {
      const ended = current.status.includes('terminated');
      verdicts.set(row.row, ended ? { status: 'done', residentId: id } : { status: 'waiting' });
    }
  }
  return verdicts;
}
