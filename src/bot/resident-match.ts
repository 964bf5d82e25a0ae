import type { Resident } from '../elevenos/types.js';
import type { PersonMention, UnitRef } from '../parse/types.js';

function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

export function residentName(resident: Pick<Resident, 'firstName' | 'lastName'>): string {
  return [resident.firstName, resident.lastName].filter((part) => part !== '').join(' ');
}

function inUnit(resident: Resident, unit: UnitRef): boolean {
  const same = (a: string | null, b: string | null) =>
    (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
  return same(resident.building, unit.building) && same(resident.unit, unit.unit);
}

export function isActiveOrScheduled(resident: Resident): boolean {
  return !resident.status.includes('terminated');
}

/**
 * Finds the residents a staff member means: exact names first, then close spellings (a typo or
 * two). `unit` narrows the search when the sentence names one.
 */
export function matchResidents(
  residents: Resident[],
  person: PersonMention | null,
  unit: UnitRef | null,
): { exact: boolean; matches: Resident[] } {
  const pool = unit === null ? residents : residents.filter((each) => inUnit(each, unit));
  if (person === null) return { exact: true, matches: pool };

  const wanted = normaliseName(`${person.firstName} ${person.lastName}`);
  const exact = pool.filter((each) => normaliseName(residentName(each)) === wanted);
  if (exact.length > 0) return { exact: true, matches: exact };

  const allowed = wanted.length <= 6 ? 1 : 2;
  const close = pool.filter(
    (each) => editDistance(normaliseName(residentName(each)), wanted) <= allowed,
  );
  return { exact: false, matches: close };
}

export { inUnit as residentInUnit };
