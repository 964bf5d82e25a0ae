// Compares ready-looking rows with the site's residents in ElevenOS: a row already imported, a
// unit held on overlapping dates, or an email that belongs to another resident then.
import { formatDate } from '../../dates/format.js';
import { siteDateOf } from '../../dates/service-times.js';
import { matchesNewResident } from '../../elevenos/read-back.js';
import type { NewResident, Resident } from '../../elevenos/types.js';
import { formatUnit } from '../../units/format-unit.js';
import type { CheckedImportRow, ImportCheckContext } from './import-row.js';
import { intervalOf, overlaps, placeKey, type ServiceInterval } from './service-interval.js';

/** A resident that keeps a unit or an email over the interval it is active. */
export interface Holder {
  resident: Resident;
  interval: ServiceInterval;
}

/** Residents that still hold their unit and email, indexed by place and by email. */
export interface ResidentIndex {
  byPlace: Map<string, Holder[]>;
  byEmail: Map<string, Holder[]>;
}

export function indexResidents(residents: readonly Resident[]): ResidentIndex {
  const index: ResidentIndex = { byPlace: new Map(), byEmail: new Map() };
  for (const resident of residents) {
    if (resident.status.includes('terminated')) continue;
    const holder = { resident, interval: intervalOf(resident) };
    add(index.byPlace, placeKey(resident), holder);
    if (resident.email !== null) add(index.byEmail, resident.email.toLowerCase(), holder);
  }
  return index;
}

/** Adds a problem to each row that ElevenOS would refuse because of a resident it has now. */
export function markResidentClashes(
  rows: CheckedImportRow[],
  residents: ResidentIndex,
  context: ImportCheckContext,
): void {
  for (const row of rows) {
    const problem = row.resident === null ? null : clashOf(row, residents, context);
    if (problem !== null) row.problems.push(problem);
  }
}

/** Returns the clash that keeps `row` from being applied, in plain words, or null. */
export function clashOf(
  row: Pick<CheckedImportRow, 'resident'>,
  residents: ResidentIndex,
  context: Pick<ImportCheckContext, 'site' | 'now'>,
): string | null {
  const resident = row.resident;
  if (resident === null) return null;
  const interval = intervalOf(resident);
  const samePlace = residents.byPlace.get(placeKey(resident)) ?? [];
  const unit = formatUnit(resident);

  const imported = samePlace.find((holder) => matchesNewResident(holder.resident, resident));
  if (imported !== undefined) {
    return `already in ElevenOS (${unit}, ${imported.resident.status.join(', ')})`;
  }
  const holder = unitHolderOf(resident, residents);
  if (holder !== undefined)
    return `${unit} is held by another resident ${span(holder, interval, context)}`;
  if (resident.email !== null) {
    const owner = (residents.byEmail.get(resident.email.toLowerCase()) ?? []).find((each) =>
      overlaps(each.interval, interval),
    );
    if (owner !== undefined) {
      const where = `${formatUnit(owner.resident)}, ${owner.resident.status.join(', ')}`;
      return `${resident.email} already belongs to a resident at this site (${where})`;
    }
  }
  return null;
}

/**
 * Returns the resident in `resident`'s unit on overlapping dates, which ElevenOS rejects,
 * or undefined when the unit is free then.
 */
export function unitHolderOf(resident: NewResident, residents: ResidentIndex): Holder | undefined {
  // On MDU SSO sites a building contains many residents, so only real units are exclusive.
  if (resident.unit === null) return undefined;
  const interval = intervalOf(resident);
  const samePlace = residents.byPlace.get(placeKey(resident)) ?? [];
  return samePlace.find((each) => overlaps(each.interval, interval));
}

function span(
  holder: Holder,
  interval: ServiceInterval,
  context: Pick<ImportCheckContext, 'site' | 'now'>,
): string {
  const zone = context.site.timeZone;
  const day = (instant: string) => formatDate(siteDateOf(instant, zone), zone, context.now);
  const { activationDateUtc, deactivationDateUtc } = holder.resident;
  if (holder.interval.start > interval.start) {
    const to = deactivationDateUtc === null ? '' : ` to ${day(deactivationDateUtc)}`;
    return `from ${day(activationDateUtc)}${to}`;
  }
  return deactivationDateUtc === null ? 'with no end date' : `until ${day(deactivationDateUtc)}`;
}

function add(map: Map<string, Holder[]>, key: string, holder: Holder): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [holder]);
  else list.push(holder);
}
