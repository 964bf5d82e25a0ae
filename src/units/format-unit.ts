import type { UnitRef } from '../parse/types.js';

/** Formats a unit the way staff write it: "Hudson 102", "Unit 102", "Tower A". */
export function formatUnit(ref: UnitRef): string {
  if (ref.building !== null && ref.unit !== null) {
    return `${ref.building} ${ref.unit}`;
  }
  if (ref.unit !== null) {
    return `Unit ${ref.unit}`;
  }
  if (ref.building !== null) {
    return ref.floor === null ? ref.building : `${ref.building}, floor ${ref.floor}`;
  }
  return ref.floor === null ? 'no unit' : `Floor ${ref.floor}`;
}
