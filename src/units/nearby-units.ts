// Typo and closeness lookups on a unit index. Each one touches only the few keys that share a
// one-letter deletion or sit next to the number, so it stays fast on sites of any size.
import type { UnitRef } from '../parse/types.js';
import { editDistance, singleDeletions } from './edit-distance.js';
import type { NumberedUnit, UnitIndex } from './unit-index.js';
import { unitNumber } from './unit-keys.js';

/** Returns the keys of `deletions` that are exactly one typo away from `key`. */
export function keysOneTypoAway(deletions: ReadonlyMap<string, string[]>, key: string): string[] {
  const found = new Set<string>();
  for (const variant of singleDeletions(key)) {
    for (const candidate of deletions.get(variant) ?? []) {
      if (candidate !== key && editDistance(key, candidate, 1) === 1) {
        found.add(candidate);
      }
    }
  }
  return [...found];
}

const NEIGHBOURS_EACH_SIDE = 4;

function numericNeighbours(sorted: readonly NumberedUnit[], number: number): NumberedUnit[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.number ?? 0) < number) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return sorted.slice(Math.max(0, low - NEIGHBOURS_EACH_SIDE), low + NEIGHBOURS_EACH_SIDE);
}

interface Scored {
  ref: UnitRef;
  sameBuilding: boolean;
  distance: number;
  numericGap: number;
}

/**
 * Suggests real units close to a unit that does not exist: units of the named building first,
 * then fewer typos away, then closer in number. A unit key shared by many buildings adds at
 * most `limit` of them, so the work does not grow with the site.
 */
export function suggestUnits(
  index: UnitIndex,
  requestedKey: string,
  buildingKey: string | null,
  limit = 3,
): UnitRef[] {
  const requestedNumber = unitNumber(requestedKey);
  const building = buildingKey === null ? undefined : index.buildings.get(buildingKey);
  const typoKeys = keysOneTypoAway(index.unitDeletions, requestedKey);
  const score = (ref: UnitRef, key: string, sameBuilding: boolean): Scored => {
    const number = unitNumber(key);
    return {
      ref,
      sameBuilding,
      distance: editDistance(requestedKey, key, 3),
      numericGap:
        number === null || requestedNumber === null
          ? Number.MAX_SAFE_INTEGER
          : Math.abs(number - requestedNumber),
    };
  };

  const scored: Scored[] = [];
  if (building !== undefined) {
    const keys = new Set(typoKeys);
    if (requestedNumber !== null) {
      numericNeighbours(building.numbered, requestedNumber).forEach((n) => keys.add(n.key));
    }
    for (const key of keys) {
      for (const ref of building.units.get(key) ?? []) {
        scored.push(score(ref, key, true));
      }
    }
  }
  if (scored.length < limit) {
    const keys = new Set(typoKeys);
    if (requestedNumber !== null) {
      numericNeighbours(index.numbered, requestedNumber).forEach((n) => keys.add(n.key));
    }
    for (const key of keys) {
      let added = 0;
      for (const ref of index.unitsByKey.get(key) ?? []) {
        if (added >= limit) {
          break;
        }
        if (ref.building !== building?.name) {
          scored.push(score(ref, key, false));
          added += 1;
        }
      }
    }
  }
  if (scored.length === 0 && building !== undefined) {
    return building.firstRefs.slice(0, limit);
  }
  scored.sort(
    (a, b) =>
      Number(b.sameBuilding) - Number(a.sameBuilding) ||
      a.distance - b.distance ||
      a.numericGap - b.numericGap,
  );
  return scored.slice(0, limit).map((entry) => entry.ref);
}
