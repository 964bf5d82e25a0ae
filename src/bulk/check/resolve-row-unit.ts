// Finds a row's unit in the site's mappings from its Building, Floor and Unit cells.
import type { UnitRef } from '../../parse/types.js';
import { formatUnit, prefixOnce } from '../../units/format-unit.js';
import { resolveUnitParts } from '../../units/resolve-unit-parts.js';
import { resolveUnit } from '../../units/resolve-unit.js';
import type { UnitIndex } from '../../units/unit-index.js';
import { nameKey } from '../../units/unit-keys.js';
import type { ImportCells } from '../csv/columns.js';

export type RowUnit = { unit: UnitRef } | { problem: string };

// Unit names are short. The typo search compares a cell with every unit, so a cell of thousands
// of characters (a pasted note, a broken file) would take most of a second on each row.
const MAX_PLACE_CHARACTERS = 100;

/** Resolves the row's unit, or returns in plain words why it is not one of the site's units. */
export function resolveRowUnit(cells: ImportCells, index: UnitIndex): RowUnit {
  const { building, floor, unit } = cells;
  if (building === null && floor === null && unit === null) {
    return { problem: index.unitsByKey.size === 0 ? 'building is missing' : 'unit is missing' };
  }
  const long = [building, floor, unit].find(
    (cell): cell is string => cell !== null && cell.length > MAX_PLACE_CHARACTERS,
  );
  if (long !== undefined) {
    return {
      problem: `"${long.slice(0, 20)}…" is ${long.length.toLocaleString('en-US')} characters long, too long for a building, floor or unit`,
    };
  }
  const place = unit ?? (floor === null ? null : `floor ${floor}`);
  const text =
    building === null
      ? prefixOnce('Unit', place ?? '')
      : [building, place].filter(Boolean).join(' ');
  // A lone Unit cell may hold the whole place, such as "Hudson 102" or "2B Riverside".
  const resolution =
    building === null && floor === null && /\s/.test(unit ?? '')
      ? resolveUnit(unit ?? '', index)
      : resolveUnitParts({ text, building, floor, unit }, index);

  if (resolution.status === 'ambiguous') {
    const places = resolution.candidates.slice(0, 3).map(formatUnit).join(', ');
    return { problem: `${text} is in more than one building (${places}); add the building` };
  }
  if (resolution.status === 'not_found') {
    if (building !== null && !index.hasBuildings) {
      return { problem: `there is no building called ${building}: this site's units have none` };
    }
    if (building !== null && !index.buildings.has(nameKey(building))) {
      const closest = resolution.suggestions[0];
      const hint = closest === undefined ? '' : `; did you mean ${formatUnit(closest)}?`;
      return { problem: `there is no building called ${building}${hint}` };
    }
    const closest = resolution.suggestions.slice(0, 2).map(formatUnit);
    const hint = closest.length === 0 ? '' : ` (closest: ${closest.join(', ')})`;
    return { problem: `${text}: no such unit${hint}` };
  }
  const found: UnitRef = {
    building: resolution.building,
    floor: resolution.floor,
    unit: resolution.unit,
  };
  // A building one typo away resolves in chat only after staff confirm it, so a file gets a problem.
  if (
    building !== null &&
    found.building !== null &&
    nameKey(building) !== nameKey(found.building)
  ) {
    return {
      problem: `there is no building called ${building}; did you mean ${formatUnit(found)}?`,
    };
  }
  return { unit: found };
}
