import type { UnitMapping } from '../elevenos/types.js';
import type { SandboxSite } from './records.js';

export interface UnitPlace {
  building: string | null;
  floor: string | null;
  unit: string | null;
}

/** Finds the mapping row whose Building, Floor and Unit all equal `place`; absent levels are null. */
export function findMapping(site: SandboxSite, place: UnitPlace): UnitMapping | undefined {
  return site.mappings.find(
    (row) =>
      row.building === place.building && row.floor === place.floor && row.unit === place.unit,
  );
}

/** Checks whether two places name the same unit. */
export function samePlace(a: UnitPlace, b: UnitPlace): boolean {
  return a.building === b.building && a.floor === b.floor && a.unit === b.unit;
}

/** Names a place for messages, such as "Hudson, floor 1, unit 104". */
export function describePlace(place: UnitPlace): string {
  const parts = [
    place.building,
    place.floor === null ? null : `floor ${place.floor}`,
    place.unit === null ? null : `unit ${place.unit}`,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? 'an empty unit' : parts.join(', ');
}
