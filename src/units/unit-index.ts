// A lookup structure over a site's unit mappings. Built once per mappings array, it serves
// exact, typo and "closest unit" lookups without scanning every mapping.
import type { UnitMapping } from '../elevenos/types.js';
import type { UnitRef } from '../parse/types.js';
import { singleDeletions } from './edit-distance.js';
import { floorKey, nameKey, unitKey, unitNumber } from './unit-keys.js';

export interface NumberedUnit {
  number: number;
  key: string;
}

export interface BuildingEntry {
  name: string;
  key: string;
  /** Units by unit key; one key can repeat on several floors. */
  units: Map<string, UnitRef[]>;
  /** Units with a number, sorted by it, for numeric-closeness suggestions. */
  numbered: NumberedUnit[];
  /** Rows of this building that name no unit (MDU SSO sites map whole buildings). */
  wholeBuilding: UnitRef[];
  firstRefs: UnitRef[];
}

export interface UnitIndex {
  readonly refs: readonly UnitRef[];
  /** Buildings by name key; units of sites without buildings sit under the key ''. */
  readonly buildings: ReadonlyMap<string, BuildingEntry>;
  /** Building keys by each one-letter deletion of their key, for typo lookups. */
  readonly buildingDeletions: ReadonlyMap<string, string[]>;
  /** Refs by unit key across all buildings. */
  readonly unitsByKey: ReadonlyMap<string, UnitRef[]>;
  /** Unit keys by each one-letter deletion, for suggestions one typo away. */
  readonly unitDeletions: ReadonlyMap<string, string[]>;
  /** Every numbered unit key of the site, sorted by number. */
  readonly numbered: readonly NumberedUnit[];
  readonly floors: ReadonlySet<string>;
  readonly maxBuildingWords: number;
  readonly hasBuildings: boolean;
}

const CANDIDATE_SAMPLE = 12;
const cache = new WeakMap<readonly UnitMapping[], UnitIndex>();

/** Returns the index of `mappings`, building it on first use for that array. */
export function createUnitIndex(mappings: readonly UnitMapping[]): UnitIndex {
  const cached = cache.get(mappings);
  if (cached !== undefined) {
    return cached;
  }
  const index = buildIndex(mappings);
  cache.set(mappings, index);
  return index;
}

export function isUnitIndex(value: readonly UnitMapping[] | UnitIndex): value is UnitIndex {
  return !Array.isArray(value);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
}

function clean(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function buildIndex(mappings: readonly UnitMapping[]): UnitIndex {
  const buildings = new Map<string, BuildingEntry>();
  const unitsByKey = new Map<string, UnitRef[]>();
  const floors = new Set<string>();
  const seen = new Set<string>();
  const refs: UnitRef[] = [];

  for (const mapping of mappings) {
    const ref: UnitRef = {
      building: clean(mapping.building),
      floor: clean(mapping.floor),
      unit: clean(mapping.unit),
    };
    const identity = JSON.stringify(
      [ref.building, ref.floor, ref.unit].map((v) => v && nameKey(v)),
    );
    if (seen.has(identity)) {
      continue;
    }
    seen.add(identity);
    refs.push(ref);
    addRef(buildings, unitsByKey, ref);
    if (ref.floor !== null) {
      floors.add(floorKey(ref.floor));
    }
  }

  const numbered: NumberedUnit[] = [];
  for (const key of unitsByKey.keys()) {
    const number = unitNumber(key);
    if (number !== null) {
      numbered.push({ number, key });
    }
  }
  numbered.sort(compareNumbered);
  for (const building of buildings.values()) {
    building.numbered.sort(compareNumbered);
  }

  return {
    refs,
    buildings,
    buildingDeletions: deletionMap([...buildings.keys()].filter((key) => key !== '')),
    unitsByKey,
    unitDeletions: deletionMap([...unitsByKey.keys()]),
    numbered,
    floors,
    maxBuildingWords: Math.max(1, ...[...buildings.keys()].map((key) => key.split(' ').length)),
    hasBuildings: refs.some((ref) => ref.building !== null),
  };
}

function addRef(
  buildings: Map<string, BuildingEntry>,
  unitsByKey: Map<string, UnitRef[]>,
  ref: UnitRef,
): void {
  const key = ref.building === null ? '' : nameKey(ref.building);
  let entry = buildings.get(key);
  if (entry === undefined) {
    entry = {
      name: ref.building ?? '',
      key,
      units: new Map(),
      numbered: [],
      wholeBuilding: [],
      firstRefs: [],
    };
    buildings.set(key, entry);
  }
  if (entry.firstRefs.length < CANDIDATE_SAMPLE) {
    entry.firstRefs.push(ref);
  }
  if (ref.unit === null) {
    entry.wholeBuilding.push(ref);
    return;
  }
  const unit = unitKey(ref.unit);
  if (!entry.units.has(unit)) {
    const number = unitNumber(unit);
    if (number !== null) {
      entry.numbered.push({ number, key: unit });
    }
  }
  pushTo(entry.units, unit, ref);
  pushTo(unitsByKey, unit, ref);
}

function compareNumbered(a: NumberedUnit, b: NumberedUnit): number {
  if (a.number !== b.number) {
    return a.number - b.number;
  }
  return a.key.localeCompare(b.key);
}

function deletionMap(keys: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const key of keys) {
    for (const variant of singleDeletions(key)) {
      pushTo(map, variant, key);
    }
  }
  return map;
}
