// Resolves a unit that has already been split into building, floor and unit text.
import type { UnitRef, UnitResolution } from '../parse/types.js';
import { keysOneTypoAway, suggestUnits } from './nearby-units.js';
import type { BuildingEntry, UnitIndex } from './unit-index.js';
import { floorKey, nameKey, unitKey } from './unit-keys.js';

export interface UnitParts {
  /** The phrase as staff wrote it, kept for questions and problems. */
  text: string;
  building: string | null;
  floor: string | null;
  unit: string | null;
}

// Shorter names are too likely to be an ordinary word with a typo.
const MIN_TYPO_LENGTH = 4;
const MAX_CANDIDATES = 12;

/** Finds a building by exact name or, failing that, by a name one typo away from one building. */
export function findBuilding(index: UnitIndex, text: string): BuildingEntry | null {
  const key = nameKey(text);
  const exact = index.buildings.get(key);
  if (exact !== undefined || key.length < MIN_TYPO_LENGTH) {
    return exact ?? null;
  }
  const typos = keysOneTypoAway(index.buildingDeletions, key).filter(
    (candidate) => candidate.length >= MIN_TYPO_LENGTH,
  );
  return typos.length === 1 ? (index.buildings.get(typos[0] ?? '') ?? null) : null;
}

function resolved(ref: UnitRef): UnitResolution {
  return { status: 'resolved', building: ref.building, floor: ref.floor, unit: ref.unit };
}

function choose(text: string, refs: UnitRef[]): UnitResolution | null {
  if (refs.length === 1 && refs[0] !== undefined) {
    return resolved(refs[0]);
  }
  if (refs.length > 1) {
    return { status: 'ambiguous', text, candidates: refs.slice(0, MAX_CANDIDATES) };
  }
  return null;
}

function onFloor(refs: UnitRef[], floor: string | null): UnitRef[] {
  if (floor === null) {
    return refs;
  }
  const requestedFloor = floorKey(floor);
  return refs.filter((ref) => ref.floor !== null && floorKey(ref.floor) === requestedFloor);
}

export function resolveUnitParts(parts: UnitParts, index: UnitIndex): UnitResolution {
  const notFound = (suggestions: UnitRef[]): UnitResolution => ({
    status: 'not_found',
    text: parts.text,
    suggestions,
  });

  let building: BuildingEntry | undefined;
  if (parts.building !== null) {
    building = findBuilding(index, parts.building) ?? undefined;
    if (building === undefined) {
      const key = parts.unit === null ? '' : unitKey(parts.unit);
      return notFound(key === '' ? [] : suggestUnits(index, key, null));
    }
  } else if (!index.hasBuildings) {
    building = index.buildings.get('');
  }

  if (parts.unit === null) {
    return resolveWithoutUnit(parts, building, index) ?? notFound([]);
  }
  const key = unitKey(parts.unit);
  const refs = building === undefined ? index.unitsByKey.get(key) : building.units.get(key);
  const match = choose(parts.text, onFloor(refs ?? [], parts.floor));
  return match ?? notFound(suggestUnits(index, key, building?.key ?? null));
}

function resolveWithoutUnit(
  parts: UnitParts,
  building: BuildingEntry | undefined,
  index: UnitIndex,
): UnitResolution | null {
  // NOTE: a floor without a unit ("Hudson, floor 2") scans every mapping; only whole units
  // and buildings have direct lookups.
  if (building === undefined) {
    const floorRefs = parts.floor === null ? [] : onFloor([...index.refs], parts.floor);
    return choose(parts.text, floorRefs);
  }
  const whole = onFloor(building.wholeBuilding, parts.floor);
  if (whole.length > 0) {
    return choose(parts.text, whole);
  }
  const sample = parts.floor === null ? building.firstRefs : onFloor([...index.refs], parts.floor);
  return choose(
    parts.text,
    sample.filter((ref) => ref.building === building.name),
  );
}
