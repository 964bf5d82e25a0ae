// Picks the residents a bulk sentence acts on, and lists the ones it leaves out with the reason.
import { formatDate } from '../../dates/format.js';
import { siteDateOf } from '../../dates/service-times.js';
import type { CalendarDate } from '../../dates/calendar.js';
import type { Resident } from '../../elevenos/types.js';
import { residentName } from '../../bot/resident-match.js';
import { formatUnit } from '../../units/format-unit.js';
import { floorKey } from '../../units/unit-keys.js';
import type { NewBulkRow } from '../store/job-types.js';
import { count } from '../cards/card-words.js';
import type { Scope } from './find-scope.js';

export interface Selection {
  rows: NewBulkRow[];
  /** Plain-words notes about residents left out. */
  notes: string[];
}

const NAMED_IN_NOTE = 3;

function inScope(resident: Resident, scope: Scope): boolean {
  const same = (a: string | null, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();
  if (scope.building !== null && !same(resident.building, scope.building)) return false;
  if (scope.floor === null) return true;
  return resident.floor !== null && floorKey(resident.floor) === floorKey(scope.floor);
}

function toRows(residents: Resident[]): NewBulkRow[] {
  const sorted = [...residents].sort(
    (a, b) =>
      formatUnit(a).localeCompare(formatUnit(b), 'en', { numeric: true }) ||
      residentName(a).localeCompare(residentName(b)),
  );
  return sorted.map((resident, index) => ({
    row: index + 1,
    status: 'ready',
    source: { kind: 'resident', name: residentName(resident), unit: formatUnit(resident) },
    payload: { kind: 'resident', residentId: resident.residentId },
    problems: [],
  }));
}

function leftOut(residents: Resident[], why: string): string[] {
  if (residents.length === 0) return [];
  const names = residents
    .slice(0, NAMED_IN_NOTE)
    .map((each) => `${residentName(each)} (${formatUnit(each)})`);
  const more = residents.length - names.length;
  return [
    `Left out: ${names.join(', ')}${more > 0 ? ` and ${count(more, 'other')}` : ''}, ${why}.`,
  ];
}

/** Residents who hold a unit in the scope now or later, for a move-out on `endDate`. */
export function selectForMoveOut(
  residents: readonly Resident[],
  scope: Scope,
  endDate: CalendarDate,
  now: Date,
): Selection {
  const zone = scope.site.timeZone;
  const day = formatDate(endDate, zone, now);
  const active = residents.filter(
    (each) => inScope(each, scope) && !each.status.includes('terminated'),
  );
  const startsLater = active.filter((each) => siteDateOf(each.activationDateUtc, zone) > endDate);
  const leavesEarlier = active.filter(
    (each) =>
      each.deactivationDateUtc !== null && siteDateOf(each.deactivationDateUtc, zone) <= endDate,
  );
  const chosen = active.filter(
    (each) => !startsLater.includes(each) && !leavesEarlier.includes(each),
  );
  return {
    rows: toRows(chosen),
    notes: [
      ...leftOut(startsLater, `because they move in after ${day}`),
      ...leftOut(leavesEarlier, `because they already move out on or before ${day}`),
    ],
  };
}

/** Residents in the scope whose Wi-Fi has not ended, for a termination now. */
export function selectForTermination(residents: readonly Resident[], scope: Scope): Selection {
  const chosen = residents.filter(
    (each) => inScope(each, scope) && !each.status.includes('terminated'),
  );
  return { rows: toRows(chosen), notes: [] };
}

/** Terminated residents in the scope, for a purge. */
export function selectForPurge(residents: readonly Resident[], scope: Scope): Selection {
  const chosen = residents.filter(
    (each) => inScope(each, scope) && each.status.includes('terminated'),
  );
  return { rows: toRows(chosen), notes: [] };
}
